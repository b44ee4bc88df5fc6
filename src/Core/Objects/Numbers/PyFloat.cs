// float: an IEEE double. Arithmetic follows CPython's Objects/floatobject.c: modulo and floor division
// take the sign of the divisor, ** raises where C's pow sets errno, a negative base with a
// non-integral exponent gives a complex result, and int operands are converted exactly or raise.
namespace GilRuntime.Core.Objects;

using System.Runtime.CompilerServices;

public partial class PyFloat(double value) : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("float", typeof(PyFloat));

    public double Value { get; } = value;

    static PyFloat() => RegisterMethods();

    public override PyType Type => TypeObject;
    public override string Repr() => FloatRepr.Repr(Value);
    public override bool IsTrue() => Value != 0.0;
    public override PyObject? ToFloat() => this;
    public override PyObject? ToInt() => PyInt.FromDouble(Value);
    public override string Format(string spec) => NumberFormat.FormatFloat(Value, spec);
    public override long Hash() => double.IsNaN(Value) ? RuntimeHelpers.GetHashCode(this) : HashDouble(Value);

    /// <summary>CPython's _Py_HashDouble for a non-nan double: equal to hash(int) for integral values.</summary>
    public static long HashDouble(double v)
    {
        if (double.IsInfinity(v)) return v > 0 ? 314159 : -314159;
        if (v == 0) return 0;
        if (v == Math.Floor(v) && Math.Abs(v) < 9.2e18) return PyInt.HashLong((long)v);
        FloatRepr.Decompose(Math.Abs(v), out long mant, out int e2);
        // mant * 2**e2 mod (2**61 - 1): 2**61 == 1 there, so the power of two is a 61-bit rotation
        const long P = PyInt.HashModulus;
        ulong x = (ulong)mant % P;
        int r = ((e2 % 61) + 61) % 61;
        x = ((x << r) & P) | (x >> (61 - r));
        if (x >= P) x -= P;
        long h = (long)x;
        if (v < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    // ---- operand conversion ----------------------------------------------------------------------
    /// <summary>The double value of a float or int operand; false for other types.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryAsDouble(PyObject o, out double d)
    {
        if (o is PyFloat f) { d = f.Value; return true; }
        if (o is PyInt i) { d = i.IsSmall ? i.Value : PyInt.ToDouble(i); return true; }
        d = 0; return false;
    }

    public override PyObject BinaryOp(BinaryOp op, PyObject other) =>
        TryAsDouble(other, out var b) ? FloatOp(op, Value, b) : Py.NotImplemented;

    public override PyObject ReflectedBinaryOp(BinaryOp op, PyObject left) =>
        TryAsDouble(left, out var a) ? FloatOp(op, a, Value) : Py.NotImplemented;

    public static PyObject FloatOp(BinaryOp op, double a, double b) => op switch
    {
        Objects.BinaryOp.Add => new PyFloat(a + b),
        Objects.BinaryOp.Subtract => new PyFloat(a - b),
        Objects.BinaryOp.Multiply => new PyFloat(a * b),
        Objects.BinaryOp.TrueDivide => new PyFloat(Divide(a, b)),
        Objects.BinaryOp.FloorDivide => new PyFloat(FloorDivide(a, b)),
        Objects.BinaryOp.Remainder => new PyFloat(Remainder(a, b)),
        Objects.BinaryOp.Power => PowObject(a, b),
        _ => Py.NotImplemented,
    };

    public static double Divide(double a, double b)
    {
        if (b == 0) throw PyErr.ZeroDivisionError("float division by zero");
        return a / b;
    }

    public static double Remainder(double vx, double wx)
    {
        if (wx == 0) throw PyErr.ZeroDivisionError("float modulo");
        double mod = CFmod(vx, wx);
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0)) mod += wx;
        }
        else mod = Math.CopySign(0.0, wx);
        return mod;
    }

    /// <summary>C's fmod: the result has the sign of x (the % operator on doubles in C#).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double CFmod(double x, double y) => x % y;

    public static double FloorDivide(double vx, double wx)
    {
        if (wx == 0) throw PyErr.ZeroDivisionError("float floor division by zero");
        return DivModCore(vx, wx, out _);
    }

    /// <summary>divmod(a, b) for floats (CPython's float_divmod).</summary>
    public static PyTuple DivMod(double vx, double wx)
    {
        if (wx == 0) throw PyErr.ZeroDivisionError("float divmod()");
        double q = DivModCore(vx, wx, out double m);
        return new PyTuple([new PyFloat(q), new PyFloat(m)]);
    }

    private static double DivModCore(double vx, double wx, out double mod)
    {
        mod = CFmod(vx, wx);
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
        }
        else mod = Math.CopySign(0.0, wx);
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, vx / wx);
        return floordiv;
    }

    private static bool IsOddInteger(double w) => Math.Abs(w) < 9007199254740992.0 && w == Math.Floor(w) && Math.Abs(w % 2.0) == 1.0;

    /// <summary>float ** float; a complex when the base is negative and the exponent not integral.</summary>
    public static PyObject PowObject(double iv, double iw)
    {
        if (iv < 0 && !double.IsInfinity(iw) && !double.IsNaN(iw) && iw != Math.Floor(iw) && !double.IsInfinity(iv))
            return PyComplex.Pow(new PyComplex(iv, 0), new PyComplex(iw, 0));
        return new PyFloat(Pow(iv, iw));
    }

    /// <summary>CPython's float_pow for real results (the negative-base, fractional case excluded).</summary>
    public static double Pow(double iv, double iw)
    {
        if (iw == 0) return 1.0;
        if (double.IsNaN(iv)) return iv;
        if (double.IsNaN(iw)) return iv == 1.0 ? 1.0 : iw;
        if (double.IsInfinity(iw))
        {
            double a = Math.Abs(iv);
            if (a == 1.0) return 1.0;
            return (iw > 0) == (a > 1.0) ? Math.Abs(iw) : 0.0;
        }
        if (double.IsInfinity(iv))
        {
            bool odd = IsOddInteger(iw);
            if (iw > 0) return odd ? iv : Math.Abs(iv);
            return odd ? Math.CopySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0)
        {
            bool odd = IsOddInteger(iw);
            if (iw < 0) throw PyErr.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return odd ? iv : 0.0;
        }
        bool negate = false;
        if (iv < 0)
        {
            if (iw != Math.Floor(iw)) return double.NaN; // callers route this case to complex
            iv = -iv;
            negate = IsOddInteger(iw);
        }
        if (iv == 1.0) return negate ? -1.0 : 1.0;
        double ix = Math.Pow(iv, iw);
        if (double.IsInfinity(ix))
            throw PyErr.New(ExceptionTypes.OverflowError, PyInt.From(34), PyStr.From("Numerical result out of range"));
        return negate ? -ix : ix;
    }

    public override PyObject TernaryPower(PyObject exp, PyObject mod)
    {
        if (mod is PyNone) return BinaryOp(Objects.BinaryOp.Power, exp);
        throw PyErr.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
    }

    // ---- comparisons -------------------------------------------------------------------------------
    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is PyFloat f) return Py.Bool(Compare(Value, f.Value, op));
        if (other is PyInt i)
        {
            int c = PyInt.CompareWithDouble(i, Value);
            return Py.Bool(PyInt.CompareResult(c == 2 ? 2 : -c, op));
        }
        return Py.NotImplemented;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Compare(double a, double b, CompareOp op) => op switch
    {
        CompareOp.Lt => a < b,
        CompareOp.Le => a <= b,
        CompareOp.Eq => a == b,
        CompareOp.Ne => a != b,
        CompareOp.Gt => a > b,
        _ => a >= b,
    };

    // ---- unary ---------------------------------------------------------------------------------------
    public override PyObject Negative() => new PyFloat(-Value);
    public override PyObject Positive() => this;
    public override PyObject Absolute() => new PyFloat(Math.Abs(Value));

    public override PyObject? LookupAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "real": return this;
            case "imag": return new PyFloat(0.0);
        }
        return base.LookupAttr(name);
    }
}
