// Numeric operations that have no slot on PyObject: divmod() over the builtin numeric types.
namespace GilRuntime.Core.Objects;

public static class NumberOps
{
    /// <summary>divmod(a, b) for int/bool/float operands; NotImplemented for others (the caller tries __divmod__).</summary>
    public static PyObject DivMod(PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib) return PyInt.DivMod(ia, ib);
        if ((a is PyFloat || b is PyFloat) && PyFloat.TryAsDouble(a, out var x) && PyFloat.TryAsDouble(b, out var y))
            return PyFloat.DivMod(x, y);
        return Py.NotImplemented;
    }
}
