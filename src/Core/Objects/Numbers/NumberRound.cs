// round(x[, ndigits]) for int and float (CPython's long_round and double_round): ints round to a
// power of ten half-even; floats round the exact binary value half-even to ndigits decimals.
namespace GilRuntime.Core.Objects;

using System.Globalization;
using System.Numerics;

public static class NumberRound
{
    public static PyObject Round(PyObject x, PyObject? ndigits)
    {
        if (ndigits is PyNone) ndigits = null;
        switch (x)
        {
            case PyInt i: return RoundInt(i, ndigits);
            case PyFloat f: return RoundFloat(f.Value, ndigits);
        }
        var m = Ops.LookupAttr(x, "__round__")
            ?? throw PyErr.TypeError($"type {x.Type.Name} doesn't define __round__ method");
        return ndigits is null ? m.Call([], null) : m.Call([ndigits], null);
    }

    public static PyObject RoundInt(PyInt x, PyObject? ndigits)
    {
        if (ndigits is null) return x.ToInt()!;
        var n = Ops.Index(ndigits);
        if (n.Sign >= 0) return x.ToInt()!;
        if (!n.IsSmall || n.Value < -100000) return PyInt.From(0);
        var pow = BigInteger.Pow(10, (int)-n.Value);
        var v = x.ToBigInteger();
        var q = BigInteger.DivRem(v, pow, out var r);
        if (r.Sign < 0) { q -= 1; r += pow; }
        int c = (r * 2).CompareTo(pow);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return PyInt.From(q * pow);
    }

    public static PyObject RoundFloat(double x, PyObject? ndigits)
    {
        if (ndigits is null)
        {
            double r = Math.Round(x, MidpointRounding.ToEven);
            return PyInt.FromDouble(r);
        }
        var ni = Ops.Index(ndigits);
        long n = ni.IsSmall ? ni.Value : (ni.Sign > 0 ? long.MaxValue : long.MinValue);
        return new PyFloat(RoundDouble(x, n));
    }

    /// <summary>x rounded to n decimal places (n may be negative), correctly rounded half-even.</summary>
    public static double RoundDouble(double x, long n)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0) return x;
        if (n > 323) return x;
        if (n < -308) return 0.0 * x;
        var digits = FloatRepr.FixedDigits(Math.Abs(x), (int)n, out int decpt);
        double r = digits == "0" ? 0.0
            : double.Parse("0." + digits + "e" + decpt.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(r)) throw PyErr.OverflowError("rounded value too large to represent");
        return Math.CopySign(r, x);
    }
}
