// cell objects: the shared box behind a variable captured by a closure (CPython's PyCellObject).
namespace GilRuntime.Core.Runtime;

using GilRuntime.Core.Objects;

public sealed class PyCell : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("cell", typeof(PyCell));

    /// <summary>The variable's value, or null while it is unbound.</summary>
    public PyObject? Value;

    public PyCell(PyObject? value) { Value = value; }

    public override PyType Type => TypeObject;

    public override string Repr() => Value is null
        ? $"<cell at {Ops.IdHex(this)}: empty>"
        : $"<cell at {Ops.IdHex(this)}: {Value.Type.Name} object at {Ops.IdHex(Value)}>";

    public override PyObject? LookupAttr(PyStr name)
    {
        if (name.Value == "cell_contents")
            return Value ?? throw PyErr.New(ExceptionTypes.ValueError, "Cell is empty");
        return base.LookupAttr(name);
    }

    public override void SetAttr(PyStr name, PyObject? value)
    {
        if (name.Value == "cell_contents") { Value = value; return; }
        base.SetAttr(name, value);
    }
}
