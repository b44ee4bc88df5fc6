// float's Python-visible methods, float(x) and the string parsers (decimal and hexadecimal).
namespace GilRuntime.Core.Objects;

using System.Globalization;
using System.Numerics;
using System.Text;

public partial class PyFloat
{
    private static void RegisterMethods()
    {
        var t = TypeObject;
        t.New = static (type, args, kw) =>
        {
            ArgParser.NoKeywords("float", kw);
            if (args.Length > 1) throw PyErr.TypeError($"float expected at most 1 argument, got {args.Length}");
            return args.Length == 0 ? new PyFloat(0.0) : FromObject(args[0]);
        };
        NumberSlots.RegisterBinary(t, [Objects.BinaryOp.Add, Objects.BinaryOp.Subtract, Objects.BinaryOp.Multiply,
            Objects.BinaryOp.TrueDivide, Objects.BinaryOp.FloorDivide, Objects.BinaryOp.Remainder, Objects.BinaryOp.Power]);
        NumberSlots.RegisterCommon(t);
        t.AddMethod("__int__", (self, args, kw) => { NumberSlots.None("__int__", args, kw); return self.ToInt()!; });
        t.AddMethod("__trunc__", (self, args, kw) => { NumberSlots.None("__trunc__", args, kw); return self.ToInt()!; });
        t.AddMethod("__floor__", (self, args, kw) =>
        {
            NumberSlots.None("__floor__", args, kw);
            return PyInt.FromDouble(Math.Floor(((PyFloat)self).Value));
        });
        t.AddMethod("__ceil__", (self, args, kw) =>
        {
            NumberSlots.None("__ceil__", args, kw);
            return PyInt.FromDouble(Math.Ceiling(((PyFloat)self).Value));
        });
        t.AddMethod("__round__", (self, args, kw) =>
        {
            ArgParser.Range("__round__", args, kw, 0, 1);
            return NumberRound.Round(self, args.Length == 1 ? args[0] : null);
        });
        t.AddMethod("__divmod__", (self, args, kw) =>
        {
            NumberSlots.One("__divmod__", args, kw);
            return TryAsDouble(args[0], out var b) ? DivMod(((PyFloat)self).Value, b) : Py.NotImplemented;
        });
        t.AddMethod("__rdivmod__", (self, args, kw) =>
        {
            NumberSlots.One("__rdivmod__", args, kw);
            return TryAsDouble(args[0], out var a) ? DivMod(a, ((PyFloat)self).Value) : Py.NotImplemented;
        });
        t.AddMethod("__getnewargs__", (self, args, kw) => new PyTuple([self]));
        t.AddMethod("conjugate", (self, args, kw) => { NumberSlots.None("conjugate", args, kw); return self; });
        t.AddMethod("is_integer", (self, args, kw) =>
        {
            NumberSlots.None("is_integer", args, kw);
            double v = ((PyFloat)self).Value;
            return Py.Bool(!double.IsInfinity(v) && v == Math.Floor(v));
        });
        t.AddMethod("as_integer_ratio", (self, args, kw) =>
        {
            NumberSlots.None("as_integer_ratio", args, kw);
            var (n, d) = AsIntegerRatio(((PyFloat)self).Value);
            return new PyTuple([PyInt.From(n), PyInt.From(d)]);
        });
        t.AddMethod("hex", (self, args, kw) => { NumberSlots.None("hex", args, kw); return PyStr.From(ToHex(((PyFloat)self).Value)); });
        PyClassMethodDescriptor.Add(t, "fromhex", (type, args, kw) =>
        {
            ArgParser.Exactly("fromhex", args, kw, 1);
            if (args[0] is not PyStr s) throw PyErr.TypeError($"fromhex() argument must be str, not {args[0].Type.Name}");
            return new PyFloat(FromHex(s.Value));
        });
    }

    /// <summary>float(x) for one argument.</summary>
    public static PyFloat FromObject(PyObject x)
    {
        switch (x)
        {
            case PyFloat f: return ReferenceEquals(f.Type, TypeObject) ? f : new PyFloat(f.Value);
            case PyInt i: return new PyFloat(PyInt.ToDouble(i));
            case PyStr s: return new PyFloat(Parse(s.Value, s));
            case PyBytes b: return new PyFloat(Parse(Encoding.Latin1.GetString(b.Value), b));
            case PyByteArray ba: return new PyFloat(Parse(Encoding.Latin1.GetString(ba.Span), ba));
        }
        var r = x.ToFloat();
        if (r is not null)
        {
            if (r is PyFloat rf) return rf;
            throw PyErr.TypeError($"{x.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
        }
        var idx = x.Index();
        if (idx is not null) return new PyFloat(PyInt.ToDouble(idx));
        throw PyErr.TypeError($"float() argument must be a string or a real number, not '{x.Type.Name}'");
    }

    /// <summary>float(str): CPython's grammar (whitespace, sign, inf/infinity/nan, underscores between digits).</summary>
    public static double Parse(string s, PyObject? original = null)
    {
        if (TryParse(s, out double d)) return d;
        string shown = original is PyBytes or PyByteArray ? Ops.Repr(original) : PyStr.From(s).Repr();
        throw PyErr.ValueError($"could not convert string to float: {shown}");
    }

    public static bool TryParse(string s, out double result)
    {
        result = 0;
        s = PyInt.ToAsciiDigits(s);
        int pos = 0, end = s.Length;
        while (pos < end && PyInt.IsSpace(s[pos])) pos++;
        while (end > pos && PyInt.IsSpace(s[end - 1])) end--;
        if (pos == end) return false;
        bool negative = false;
        if (s[pos] == '+' || s[pos] == '-') { negative = s[pos] == '-'; pos++; }
        var body = s.AsSpan(pos, end - pos);
        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        { result = negative ? double.NegativeInfinity : double.PositiveInfinity; return true; }
        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase))
        { result = negative ? -double.NaN : double.NaN; return true; }
        var sb = new StringBuilder(body.Length + 1);
        if (negative) sb.Append('-');
        int i = 0;
        int intDigits = ScanDigits(body, ref i, sb);
        if (intDigits < 0) return false;
        int fracDigits = 0;
        if (i < body.Length && body[i] == '.')
        {
            sb.Append('.');
            i++;
            fracDigits = ScanDigits(body, ref i, sb);
            if (fracDigits < 0) return false;
        }
        if (intDigits == 0 && fracDigits == 0) return false;
        if (i < body.Length && (body[i] == 'e' || body[i] == 'E'))
        {
            sb.Append('e');
            i++;
            if (i < body.Length && (body[i] == '+' || body[i] == '-')) sb.Append(body[i++]);
            int expDigits = ScanDigits(body, ref i, sb);
            if (expDigits <= 0) return false;
        }
        if (i != body.Length) return false;
        result = double.Parse(sb.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Digits with single underscores between them; the count, or -1 on a misplaced underscore.</summary>
    private static int ScanDigits(ReadOnlySpan<char> s, ref int i, StringBuilder sb)
    {
        int n = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c >= '0' && c <= '9') { sb.Append(c); n++; i++; continue; }
            if (c > 127 && CharUnicodeInfo.GetDecimalDigitValue(c) is int dv && dv >= 0)
            { sb.Append((char)('0' + dv)); n++; i++; continue; }
            if (c == '_')
            {
                if (n == 0 || i + 1 >= s.Length || !(s[i + 1] >= '0' && s[i + 1] <= '9')) return -1;
                i++;
                continue;
            }
            break;
        }
        return n;
    }

    public static (System.Numerics.BigInteger, System.Numerics.BigInteger) AsIntegerRatio(double v)
    {
        if (double.IsInfinity(v)) throw PyErr.OverflowError("cannot convert Infinity to integer ratio");
        if (double.IsNaN(v)) throw PyErr.ValueError("cannot convert NaN to integer ratio");
        if (v == 0) return (0, 1);
        FloatRepr.Decompose(Math.Abs(v), out long mant, out int e2);
        int tz = BitOperations.TrailingZeroCount(mant);
        mant >>= tz; e2 += tz;
        BigInteger n = mant, d = 1;
        if (e2 >= 0) n <<= e2; else d <<= -e2;
        return (v < 0 ? -n : n, d);
    }

    public static string ToHex(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        string sign = double.IsNegative(v) ? "-" : "";
        if (v == 0) return sign + "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(v) & long.MaxValue;
        int be = (int)(bits >> 52);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        int exp = be == 0 ? -1022 : be - 1023;
        string lead = be == 0 ? "0" : "1";
        return $"{sign}0x{lead}.{frac:x13}p{(exp >= 0 ? "+" : "")}{exp}";
    }

    public static double FromHex(string s)
    {
        int pos = 0, end = s.Length;
        while (pos < end && PyInt.IsSpace(s[pos])) pos++;
        while (end > pos && PyInt.IsSpace(s[end - 1])) end--;
        bool negative = false;
        if (pos < end && (s[pos] == '+' || s[pos] == '-')) { negative = s[pos] == '-'; pos++; }
        var body = s.AsSpan(pos, end - pos);
        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase)) return double.NaN;
        int i = 0;
        if (body.Length >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X')) i = 2;
        BigInteger mant = 0;
        int nDigits = 0, fracDigits = 0;
        bool seenDot = false;
        for (; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '.' && !seenDot) { seenDot = true; continue; }
            int d = HexVal(c);
            if (d < 0) break;
            mant = mant * 16 + d;
            nDigits++;
            if (seenDot) fracDigits++;
        }
        if (nDigits == 0) throw PyErr.ValueError("invalid hexadecimal floating-point string");
        long exp = 0;
        if (i < body.Length && (body[i] == 'p' || body[i] == 'P'))
        {
            i++;
            bool eneg = false;
            if (i < body.Length && (body[i] == '+' || body[i] == '-')) { eneg = body[i] == '-'; i++; }
            int start = i;
            while (i < body.Length && body[i] >= '0' && body[i] <= '9')
            {
                if (exp < 100000000) exp = exp * 10 + (body[i] - '0');
                i++;
            }
            if (i == start) throw PyErr.ValueError("invalid hexadecimal floating-point string");
            if (eneg) exp = -exp;
        }
        if (i != body.Length) throw PyErr.ValueError("invalid hexadecimal floating-point string");
        double r = mant.IsZero ? 0.0 : PyInt.ScaledToDouble(mant, false, exp - 4L * fracDigits);
        if (double.IsInfinity(r)) throw PyErr.OverflowError("hexadecimal value too large to represent as a float");
        return negative ? -r : r;
    }

    private static int HexVal(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}
