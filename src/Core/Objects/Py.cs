// Short names for the singletons and the small constructors every part of the runtime uses.
namespace GilRuntime.Core.Objects;

public static class Py
{
    public static PyNone None => PyNone.Instance;
    public static PyNotImplemented NotImplemented => PyNotImplemented.Instance;
    public static PyEllipsis Ellipsis => PyEllipsis.Instance;
    public static PyBool True => PyBool.True;
    public static PyBool False => PyBool.False;

    public static PyBool Bool(bool b) => b ? PyBool.True : PyBool.False;
    public static PyInt Int(long v) => PyInt.From(v);
    public static PyFloat Float(double v) => new(v);
    public static PyStr Str(string s) => PyStr.From(s);
}
