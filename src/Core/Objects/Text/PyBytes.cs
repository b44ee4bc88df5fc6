// bytes: an immutable sequence of bytes.
namespace GilRuntime.Core.Objects;

public sealed class PyBytes(byte[] value) : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("bytes", typeof(PyBytes));

    public byte[] Value { get; } = value;

    public override PyType Type => TypeObject;
    public override bool IsTrue() => Value.Length != 0;
}
