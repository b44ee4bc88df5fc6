// int: arbitrary precision with a `long` fast path. A value that fits in a long is stored there and
// _big is null; BigInteger is used only beyond that range, and every result that fits is normalized
// back to a long (From(BigInteger)). Small ints -5..256 are cached as in CPython.
// The static Add/Subtract/... helpers are the VM's fast paths: no exceptions, no allocation for small
// results; overflow is detected arithmetically and falls back to BigInteger.
namespace GilRuntime.Core.Objects;

using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

public partial class PyInt : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("int", typeof(PyInt));

    private const int SmallMin = -5, SmallMax = 256;
    private static readonly PyInt[] s_small = MakeSmall();

    /// <summary>sys.get_int_max_str_digits(): 0 disables the limit.</summary>
    public static int MaxStrDigits { get; set; } = 4300;

    private readonly long _value;
    // A reference, not a BigInteger? (24 bytes inline): every int is 32 bytes instead of 48, which
    // counts in loops that make an int per iteration; a big value pays one more small object.
    private readonly BigBox? _big;

    private sealed class BigBox(BigInteger value)
    {
        public readonly BigInteger Value = value;
    }

    protected PyInt(long value) { _value = value; }
    private PyInt(BigInteger big) { _big = new BigBox(big); }
    /// <summary>Copies an int's value (int subclasses' instances are built from a plain int).</summary>
    protected PyInt(PyInt value) { _value = value._value; _big = value._big; }

    static PyInt() => RegisterMethods();

    private static PyInt[] MakeSmall()
    {
        var a = new PyInt[SmallMax - SmallMin + 1];
        for (int i = 0; i < a.Length; i++) a[i] = new PyInt(i + SmallMin);
        return a;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt From(long v) =>
        (ulong)(v - SmallMin) <= (ulong)(SmallMax - SmallMin) ? s_small[v - SmallMin] : new PyInt(v);

    public static PyInt From(BigInteger v) =>
        v >= long.MinValue && v <= long.MaxValue ? From((long)v) : new PyInt(v);

    /// <summary>True when the value fits in a long (then Value is valid).</summary>
    public bool IsSmall => _big is null;
    /// <summary>The value; valid only when IsSmall.</summary>
    public long Value => _value;
    public BigInteger ToBigInteger() => _big is null ? _value : _big.Value;

    public override PyType Type => TypeObject;
    public override string Repr() => IsSmall ? _value.ToString(CultureInfo.InvariantCulture) : BigToString(_big!.Value);
    public override bool IsTrue() => !IsSmall || _value != 0;
    public override PyInt? Index() => IsExactInt ? this : IsSmall ? From(_value) : From(_big!.Value);
    public override PyObject? ToInt() => IsExactInt ? this : IsSmall ? From(_value) : From(_big!.Value);
    public override PyObject? ToFloat() => new PyFloat(ToDouble(this));
    public override string Format(string spec) => NumberFormat.FormatInt(this, spec);

    /// <summary>False for bool (and later int subclasses): int(x) must then build a plain int.</summary>
    private bool IsExactInt => ReferenceEquals(Type, TypeObject);

    public int Sign => IsSmall ? Math.Sign(_value) : _big!.Value.Sign;

    // ---- str(int) ----------------------------------------------------------------------------------
    private static string BigToString(BigInteger v)
    {
        CheckStrDigits(v);
        return v.ToString(CultureInfo.InvariantCulture);
    }

    private static void CheckStrDigits(BigInteger v)
    {
        int limit = MaxStrDigits;
        if (limit <= 0) return;
        // digits >= bits * log10(2): a cheap exact test first, the string length only near the limit
        double approx = (double)v.GetBitLength() * 0.30102999566398120;
        if (approx < limit - 2) return;
        var s = BigInteger.Abs(v).ToString(CultureInfo.InvariantCulture);
        if (s.Length > limit)
            throw PyErr.ValueError($"Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /// <summary>Decimal digits of a non-negative magnitude, with the str-digits limit.</summary>
    internal static string ToDecimalString(BigInteger mag)
    {
        if (mag > long.MaxValue) CheckStrDigits(mag);
        return mag.ToString(CultureInfo.InvariantCulture);
    }

    // ---- hash (CPython's long_hash: the value mod 2**61-1, keeping the sign) ---------------------------
    internal const long HashModulus = (1L << 61) - 1;

    /// <summary>hash() of an int that fits in a long.</summary>
    public static long HashLong(long v)
    {
        if (v > -HashModulus && v < HashModulus) return v == -1 ? -2 : v;
        ulong mag = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
        long h = (long)(mag % (ulong)HashModulus);
        if (v < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    public override long Hash()
    {
        if (IsSmall) return HashLong(_value);
        var b = _big!.Value;
        long r = (long)(BigInteger.Abs(b) % HashModulus);
        if (b.Sign < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    // ---- conversions -------------------------------------------------------------------------------
    /// <summary>float(int), correctly rounded; OverflowError "int too large to convert to float".</summary>
    public static double ToDouble(PyInt v)
    {
        if (v.IsSmall) return v._value;
        var b = v._big!.Value;
        var d = ScaledToDouble(BigInteger.Abs(b), false, 0);
        if (double.IsInfinity(d)) throw PyErr.OverflowError("int too large to convert to float");
        return b.Sign < 0 ? -d : d;
    }

    /// <summary>q * 2**exp correctly rounded (half-even); <paramref name="inexact"/> says nonzero bits lie below q.</summary>
    internal static double ScaledToDouble(BigInteger q, bool inexact, long exp)
    {
        long bl = (long)q.GetBitLength();
        long drop = Math.Max(bl - 53, -1074 - exp);
        if (drop > 0)
        {
            if (drop > bl + 1) return 0.0;
            var mask = (BigInteger.One << (int)drop) - 1;
            var rem = q & mask;
            q >>= (int)drop;
            var half = BigInteger.One << (int)(drop - 1);
            int c = rem.CompareTo(half);
            if (c > 0 || (c == 0 && (inexact || !q.IsEven))) q += 1;
            exp += drop;
        }
        if (exp > 2000) return double.PositiveInfinity;
        return Math.ScaleB((double)(long)q, (int)exp);
    }

    /// <summary>The exact integer value of an integral (or truncated) finite double.</summary>
    internal static BigInteger DoubleToBig(double d)
    {
        if (Math.Abs(d) < 9.2e18) return (long)d;
        FloatRepr.Decompose(d, out long mant, out int e2);
        var r = e2 >= 0 ? (BigInteger)mant << e2 : (BigInteger)(mant >> -e2);
        return d < 0 ? -r : r;
    }

    /// <summary>int(float): truncation with CPython's errors.</summary>
    public static PyInt FromDouble(double d)
    {
        if (double.IsNaN(d)) throw PyErr.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw PyErr.OverflowError("cannot convert float infinity to integer");
        double t = Math.Truncate(d);
        if (t >= -9.2e18 && t <= 9.2e18) return From((long)t);
        return From(DoubleToBig(t));
    }

    // ---- fast arithmetic ---------------------------------------------------------------------------
    public static PyObject Add(PyInt a, PyInt b)
    {
        if (a.IsSmall && b.IsSmall)
        {
            long x = a._value, y = b._value, r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) return From(r);
            return From((BigInteger)x + y);
        }
        return From(a.ToBigInteger() + b.ToBigInteger());
    }

    public static PyObject Subtract(PyInt a, PyInt b)
    {
        if (a.IsSmall && b.IsSmall)
        {
            long x = a._value, y = b._value, r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return From(r);
            return From((BigInteger)x - y);
        }
        return From(a.ToBigInteger() - b.ToBigInteger());
    }

    public static PyObject Multiply(PyInt a, PyInt b)
    {
        if (a.IsSmall && b.IsSmall)
        {
            long hi = Math.BigMul(a._value, b._value, out long lo);
            if (hi == (lo >> 63)) return From(lo);
            return From((BigInteger)a._value * b._value);
        }
        return From(a.ToBigInteger() * b.ToBigInteger());
    }

    public static PyObject FloorDivide(PyInt a, PyInt b)
    {
        if (b.IsSmall && b._value == 0) throw PyErr.ZeroDivisionError("integer division or modulo by zero");
        if (a.IsSmall && b.IsSmall)
        {
            long x = a._value, y = b._value;
            if (y == -1) return x == long.MinValue ? From(-(BigInteger)x) : From(-x);
            long q = x / y;
            if ((x % y != 0) && ((x ^ y) < 0)) q--;
            return From(q);
        }
        return From(BigFloorDiv(a.ToBigInteger(), b.ToBigInteger(), out _));
    }

    public static PyObject Remainder(PyInt a, PyInt b)
    {
        if (b.IsSmall && b._value == 0) throw PyErr.ZeroDivisionError("integer modulo by zero");
        if (a.IsSmall && b.IsSmall)
        {
            long x = a._value, y = b._value;
            if (y == -1) return From(0);
            long r = x % y;
            if (r != 0 && ((r ^ y) < 0)) r += y;
            return From(r);
        }
        BigFloorDiv(a.ToBigInteger(), b.ToBigInteger(), out var rem);
        return From(rem);
    }

    /// <summary>divmod(a, b) for ints.</summary>
    public static PyTuple DivMod(PyInt a, PyInt b)
    {
        if (b.IsSmall && b._value == 0) throw PyErr.ZeroDivisionError("integer division or modulo by zero");
        if (a.IsSmall && b.IsSmall && !(a._value == long.MinValue && b._value == -1))
        {
            long x = a._value, y = b._value;
            long q = x / y, r = x % y;
            if (r != 0 && ((r ^ y) < 0)) { r += y; q--; }
            return new PyTuple([From(q), From(r)]);
        }
        var qq = BigFloorDiv(a.ToBigInteger(), b.ToBigInteger(), out var rr);
        return new PyTuple([From(qq), From(rr)]);
    }

    private static BigInteger BigFloorDiv(BigInteger x, BigInteger y, out BigInteger rem)
    {
        var q = BigInteger.DivRem(x, y, out rem);
        if (!rem.IsZero && (rem.Sign != y.Sign)) { q -= 1; rem += y; }
        return q;
    }

    /// <summary>int / int: the correctly rounded quotient (CPython's long_true_divide).</summary>
    public static double TrueDivide(PyInt a, PyInt b)
    {
        if (b.IsSmall && b._value == 0) throw PyErr.ZeroDivisionError("division by zero");
        const long Exact = 1L << 53;
        if (a.IsSmall && b.IsSmall && a._value <= Exact && a._value >= -Exact && b._value <= Exact && b._value >= -Exact)
            return (double)a._value / b._value;
        var x = a.ToBigInteger(); var y = b.ToBigInteger();
        bool negative = (x.Sign < 0) != (y.Sign < 0);
        x = BigInteger.Abs(x); y = BigInteger.Abs(y);
        if (x.IsZero) return negative ? -0.0 : 0.0;
        long diff = (long)x.GetBitLength() - (long)y.GetBitLength();
        if (diff > 1025) throw PyErr.OverflowError("integer division result too large for a float");
        if (diff < -1076) return negative ? -0.0 : 0.0;
        long shift = Math.Min(55 - diff, 1076);
        BigInteger q, r;
        if (shift >= 0) q = BigInteger.DivRem(x << (int)shift, y, out r);
        else q = BigInteger.DivRem(x, y << (int)-shift, out r);
        double d = ScaledToDouble(q, !r.IsZero, -shift);
        if (double.IsInfinity(d)) throw PyErr.OverflowError("integer division result too large for a float");
        return negative ? -d : d;
    }

    public static PyObject LeftShift(PyInt a, PyInt b)
    {
        if (b.Sign < 0) throw PyErr.ValueError("negative shift count");
        if (a.Sign == 0) return From(0);
        if (!b.IsSmall || b._value > int.MaxValue / 2) throw PyErr.OverflowError("too many digits in integer");
        int n = (int)b._value;
        if (a.IsSmall && n < 63)
        {
            long x = a._value, r = x << n;
            if ((r >> n) == x) return From(r);
        }
        return From(a.ToBigInteger() << n);
    }

    public static PyObject RightShift(PyInt a, PyInt b)
    {
        if (b.Sign < 0) throw PyErr.ValueError("negative shift count");
        if (!b.IsSmall || b._value >= int.MaxValue) return From(a.Sign < 0 ? -1 : 0);
        int n = (int)b._value;
        if (a.IsSmall) return From(n >= 64 ? (a._value < 0 ? -1 : 0) : a._value >> n);
        return From(a.ToBigInteger() >> n);
    }

    public static PyObject And(PyInt a, PyInt b) =>
        a.IsSmall && b.IsSmall ? From(a._value & b._value) : From(a.ToBigInteger() & b.ToBigInteger());
    public static PyObject Or(PyInt a, PyInt b) =>
        a.IsSmall && b.IsSmall ? From(a._value | b._value) : From(a.ToBigInteger() | b.ToBigInteger());
    public static PyObject Xor(PyInt a, PyInt b) =>
        a.IsSmall && b.IsSmall ? From(a._value ^ b._value) : From(a.ToBigInteger() ^ b.ToBigInteger());

    public static PyObject Power(PyInt a, PyInt b)
    {
        if (b.Sign < 0)
        {
            double x = ToDouble(a), y = ToDouble(b);
            if (x == 0) throw PyErr.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return new PyFloat(PyFloat.Pow(x, y));
        }
        if (a.IsSmall)
        {
            long x = a._value;
            if (x == 0) return From(b.Sign == 0 ? 1 : 0);
            if (x == 1) return From(1);
            if (x == -1) return From(b.IsSmall ? ((b._value & 1) == 0 ? 1 : -1) : (b._big!.Value.IsEven ? 1 : -1));
        }
        if (!b.IsSmall || b._value > int.MaxValue) throw PyErr.MemoryError("");
        long e = b._value;
        if (a.IsSmall)
        {
            // square-and-multiply in longs while it does not overflow
            long result = 1, bas = a._value, ee = e;
            bool overflow = false;
            while (true)
            {
                if ((ee & 1) != 0)
                {
                    long hi = Math.BigMul(result, bas, out long lo);
                    if (hi != (lo >> 63)) { overflow = true; break; }
                    result = lo;
                }
                ee >>= 1;
                if (ee == 0) break;
                long h2 = Math.BigMul(bas, bas, out long l2);
                if (h2 != (l2 >> 63)) { overflow = true; break; }
                bas = l2;
            }
            if (!overflow) return From(result);
        }
        return From(BigInteger.Pow(a.ToBigInteger(), (int)e));
    }

    /// <summary>pow(a, b, m) for ints.</summary>
    public static PyObject PowerMod(PyInt a, PyInt b, PyInt m)
    {
        var mod = m.ToBigInteger();
        if (mod.IsZero) throw PyErr.ValueError("pow() 3rd argument cannot be 0");
        var am = BigInteger.Abs(mod);
        var bas = a.ToBigInteger();
        var e = b.ToBigInteger();
        if (e.Sign < 0)
        {
            bas = ModInverse(bas, am) ?? throw PyErr.ValueError("base is not invertible for the given modulus");
            e = -e;
        }
        bas %= am;
        if (bas.Sign < 0) bas += am;
        var r = am.IsOne ? BigInteger.Zero : BigInteger.ModPow(bas, e, am);
        if (mod.Sign < 0 && !r.IsZero) r += mod;
        return From(r);
    }

    private static BigInteger? ModInverse(BigInteger a, BigInteger m)
    {
        a %= m;
        if (a.Sign < 0) a += m;
        BigInteger t = 0, newT = 1, r = m, newR = a;
        while (!newR.IsZero)
        {
            var q = BigInteger.Divide(r, newR);
            (t, newT) = (newT, t - q * newT);
            (r, newR) = (newR, r - q * newR);
        }
        if (r > 1) return null;
        if (t.Sign < 0) t += m;
        return t;
    }

    // ---- comparisons -------------------------------------------------------------------------------
    public static int Compare(PyInt a, PyInt b)
    {
        if (a.IsSmall && b.IsSmall) return a._value.CompareTo(b._value);
        return a.ToBigInteger().CompareTo(b.ToBigInteger());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(PyInt a, PyInt b) => a.IsSmall && b.IsSmall ? a._value < b._value : Compare(a, b) < 0;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessEqual(PyInt a, PyInt b) => a.IsSmall && b.IsSmall ? a._value <= b._value : Compare(a, b) <= 0;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Greater(PyInt a, PyInt b) => a.IsSmall && b.IsSmall ? a._value > b._value : Compare(a, b) > 0;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterEqual(PyInt a, PyInt b) => a.IsSmall && b.IsSmall ? a._value >= b._value : Compare(a, b) >= 0;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(PyInt a, PyInt b) => a.IsSmall && b.IsSmall ? a._value == b._value : Compare(a, b) == 0;

    /// <summary>Exact comparison of an int with a double: -1, 0, 1, or 2 when d is nan (unordered).</summary>
    public static int CompareWithDouble(PyInt a, double d)
    {
        if (double.IsNaN(d)) return 2;
        if (double.IsInfinity(d)) return d > 0 ? -1 : 1;
        const long Exact = 1L << 53;
        if (a.IsSmall && a._value <= Exact && a._value >= -Exact) return ((double)a._value).CompareTo(d);
        double fl = Math.Floor(d);
        int c = a.ToBigInteger().CompareTo(DoubleToBig(fl));
        if (c != 0) return c;
        return fl == d ? 0 : -1;
    }

    internal static bool CompareResult(int c, CompareOp op) => c == 2 ? op == CompareOp.Ne : op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        // int vs float is float's slot (long_richcompare handles ints only), reached through Ops' reflection
        if (other is PyInt b) return Py.Bool(CompareResult(Compare(this, b), op));
        return Py.NotImplemented;
    }

    // ---- slots ---------------------------------------------------------------------------------------
    public override PyObject BinaryOp(BinaryOp op, PyObject other) =>
        other is PyInt b ? IntOp(op, this, b) : Py.NotImplemented;

    public override PyObject ReflectedBinaryOp(BinaryOp op, PyObject left) =>
        left is PyInt a ? IntOp(op, a, this) : Py.NotImplemented;

    /// <summary>The int result of a op b (both ints), or NotImplemented for '@'.</summary>
    public static PyObject IntOp(BinaryOp op, PyInt a, PyInt b) => op switch
    {
        Objects.BinaryOp.Add => Add(a, b),
        Objects.BinaryOp.Subtract => Subtract(a, b),
        Objects.BinaryOp.Multiply => Multiply(a, b),
        Objects.BinaryOp.FloorDivide => FloorDivide(a, b),
        Objects.BinaryOp.Remainder => Remainder(a, b),
        Objects.BinaryOp.TrueDivide => new PyFloat(TrueDivide(a, b)),
        Objects.BinaryOp.Power => Power(a, b),
        Objects.BinaryOp.LShift => LeftShift(a, b),
        Objects.BinaryOp.RShift => RightShift(a, b),
        Objects.BinaryOp.And => a is PyBool && b is PyBool ? Py.Bool(a._value != 0 & b._value != 0) : And(a, b),
        Objects.BinaryOp.Or => a is PyBool && b is PyBool ? Py.Bool(a._value != 0 | b._value != 0) : Or(a, b),
        Objects.BinaryOp.Xor => a is PyBool && b is PyBool ? Py.Bool(a._value != 0 ^ b._value != 0) : Xor(a, b),
        _ => Py.NotImplemented,
    };

    public override PyObject TernaryPower(PyObject exp, PyObject mod)
    {
        if (mod is PyNone) return BinaryOp(Objects.BinaryOp.Power, exp);
        if (exp is PyInt e && mod is PyInt m) return PowerMod(this, e, m);
        if (exp is PyFloat || mod is PyFloat || exp is PyComplex || mod is PyComplex)
            throw PyErr.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        return Py.NotImplemented;
    }

    public override PyObject Negative() =>
        IsSmall && _value != long.MinValue ? From(-_value) : From(-ToBigInteger());
    public override PyObject Positive() => IsExactInt ? this : From(ToBigInteger());
    public override PyObject Absolute() =>
        IsSmall ? (_value >= 0 ? Positive() : Negative()) : From(BigInteger.Abs(_big!.Value));
    public override PyObject Invert() => IsSmall ? From(~_value) : From(-(_big!.Value) - 1);

    public override PyObject? LookupAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "real": case "numerator": return IsExactInt ? this : From(ToBigInteger());
            case "imag": return From(0);
            case "denominator": return From(1);
        }
        return base.LookupAttr(name);
    }
}
