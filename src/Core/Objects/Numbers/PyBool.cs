// bool: a subclass of int with exactly two instances.
namespace GilRuntime.Core.Objects;

public sealed class PyBool : PyInt
{
    public static new readonly PyType TypeObject = PyType.Builtin("bool", typeof(PyBool), PyInt.TypeObject);
    public static readonly PyBool True = new(1);
    public static readonly PyBool False = new(0);

    private PyBool(long v) : base(v) { }

    public override PyType Type => TypeObject;
    public override string Repr() => Value != 0 ? "True" : "False";
}
