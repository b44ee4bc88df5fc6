// float: an IEEE double.
namespace GilRuntime.Core.Objects;

public sealed class PyFloat(double value) : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("float", typeof(PyFloat));

    public double Value { get; } = value;

    public override PyType Type => TypeObject;
    public override string Repr() => Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    public override bool IsTrue() => Value != 0.0;
}
