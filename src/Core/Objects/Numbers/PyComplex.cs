// complex: a pair of doubles.
namespace GilRuntime.Core.Objects;

public sealed class PyComplex(double real, double imag) : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("complex", typeof(PyComplex));

    public double Real { get; } = real;
    public double Imag { get; } = imag;

    public override PyType Type => TypeObject;
    public override bool IsTrue() => Real != 0.0 || Imag != 0.0;
}
