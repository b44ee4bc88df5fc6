// The .NET carrier of a raised Python exception. Builtins raise with `throw PyErr.X(...)`; the eval
// loop catches PyException, records the traceback and looks for a handler in the exception table.
namespace GilRuntime.Core.Objects;

public sealed class PyException : Exception
{
    public PyBaseException Value { get; }

    public PyException(PyBaseException value) : base(null) => Value = value;

    public override string Message => $"{Value.Type.Name}: {Value.Str()}";
}
