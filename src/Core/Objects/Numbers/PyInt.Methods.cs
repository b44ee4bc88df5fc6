// int's Python-visible methods, its constructor int(x=0, base=10) and the string parser.
namespace GilRuntime.Core.Objects;

using System.Globalization;
using System.Numerics;

public partial class PyInt
{
    private static readonly string[] s_newNames = ["x", "base"];
    private static readonly string[] s_toBytesNames = ["length", "byteorder", "signed"];
    private static readonly string[] s_fromBytesNames = ["bytes", "byteorder", "signed"];

    private static void RegisterMethods()
    {
        var t = TypeObject;
        t.New = static (type, args, kw) => Construct(args, kw);
        NumberSlots.RegisterBinary(t);
        NumberSlots.RegisterCommon(t);
        t.AddMethod("__int__", (self, args, kw) => { NumberSlots.None("__int__", args, kw); return ((PyInt)self).ToInt()!; });
        t.AddMethod("__index__", (self, args, kw) => { NumberSlots.None("__index__", args, kw); return ((PyInt)self).Index()!; });
        t.AddMethod("__trunc__", (self, args, kw) => { NumberSlots.None("__trunc__", args, kw); return ((PyInt)self).ToInt()!; });
        t.AddMethod("__floor__", (self, args, kw) => { NumberSlots.None("__floor__", args, kw); return ((PyInt)self).ToInt()!; });
        t.AddMethod("__ceil__", (self, args, kw) => { NumberSlots.None("__ceil__", args, kw); return ((PyInt)self).ToInt()!; });
        t.AddMethod("__invert__", (self, args, kw) => { NumberSlots.None("__invert__", args, kw); return self.Invert(); });
        t.AddMethod("__round__", (self, args, kw) =>
        {
            ArgParser.Range("__round__", args, kw, 0, 1);
            return NumberRound.Round(self, args.Length == 1 ? args[0] : null);
        });
        t.AddMethod("__divmod__", (self, args, kw) =>
        {
            NumberSlots.One("__divmod__", args, kw);
            return args[0] is PyInt b ? DivMod((PyInt)self, b) : Py.NotImplemented;
        });
        t.AddMethod("__rdivmod__", (self, args, kw) =>
        {
            NumberSlots.One("__rdivmod__", args, kw);
            return args[0] is PyInt a ? DivMod(a, (PyInt)self) : Py.NotImplemented;
        });
        t.AddMethod("__getnewargs__", (self, args, kw) => new PyTuple([((PyInt)self).ToInt()!]));
        t.AddMethod("conjugate", (self, args, kw) => { NumberSlots.None("conjugate", args, kw); return ((PyInt)self).ToInt()!; });
        t.AddMethod("bit_length", (self, args, kw) =>
        {
            NumberSlots.None("bit_length", args, kw);
            return From(BitLength((PyInt)self));
        });
        t.AddMethod("bit_count", (self, args, kw) =>
        {
            NumberSlots.None("bit_count", args, kw);
            var v = (PyInt)self;
            if (v.IsSmall)
                return From(BitOperations.PopCount(v._value < 0 ? (ulong)(-(v._value + 1)) + 1 : (ulong)v._value));
            long n = 0;
            foreach (var b in BigInteger.Abs(v._big!.Value).ToByteArray(isUnsigned: true)) n += BitOperations.PopCount(b);
            return From(n);
        });
        t.AddMethod("as_integer_ratio", (self, args, kw) =>
        {
            NumberSlots.None("as_integer_ratio", args, kw);
            return new PyTuple([((PyInt)self).ToInt()!, From(1)]);
        });
        t.AddMethod("to_bytes", (self, args, kw) => ToBytes((PyInt)self, args, kw));
        PyClassMethodDescriptor.Add(t, "from_bytes", (type, args, kw) =>
        {
            var r = FromBytes(args, kw);
            return ReferenceEquals(type, TypeObject) ? r : type.Call([r], null);
        });
    }

    public static long BitLength(PyInt v) =>
        v.IsSmall ? 64 - BitOperations.LeadingZeroCount(v._value < 0 ? (ulong)(-(v._value + 1)) + 1 : (ulong)v._value)
            : (long)BigInteger.Abs(v._big!.Value).GetBitLength();

    private static bool BigEndian(PyObject? order, string fname)
    {
        if (order is null) return true;
        if (order is not PyStr s)
            throw PyErr.TypeError($"{fname}() argument 'byteorder' must be str, not {order.Type.Name}");
        return s.Value switch
        {
            "big" => true,
            "little" => false,
            _ => throw PyErr.ValueError("byteorder must be either 'little' or 'big'"),
        };
    }

    private static PyObject ToBytes(PyInt self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ArgParser.Bind("to_bytes", args, kw, s_toBytesNames, 0, 0, 2);
        long length = a[0] is null ? 1 : Ops.AsIndex(a[0]!);
        if (length < 0) throw PyErr.ValueError("length argument must be non-negative");
        bool big = BigEndian(a[1], "to_bytes");
        bool signed = a[2] is not null && Ops.IsTrue(a[2]!);
        var v = self.ToBigInteger();
        if (!signed && v.Sign < 0) throw PyErr.OverflowError("can't convert negative int to unsigned");
        long needed = signed ? (long)v.GetBitLength() + 1 : (long)v.GetBitLength();
        if (v.IsZero) needed = 0;
        if ((needed + 7) / 8 > length) throw PyErr.OverflowError("int too big to convert");
        var raw = v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        var result = new byte[length];
        byte fill = v.Sign < 0 ? (byte)0xFF : (byte)0;
        for (long i = 0; i < length; i++) result[i] = i < raw.Length ? raw[i] : fill;
        if (big) Array.Reverse(result);
        return new PyBytes(result);
    }

    private static PyObject FromBytes(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ArgParser.Bind("from_bytes", args, kw, s_fromBytesNames, 1, 0, 2);
        bool big = BigEndian(a[1], "from_bytes");
        bool signed = a[2] is not null && Ops.IsTrue(a[2]!);
        byte[] data;
        if (a[0] is PyBytes b) data = b.Value;
        else if (a[0] is PyByteArray ba) data = ba.Span.ToArray();
        else if (a[0] is PyStr || (a[0]!.Type.LookupMro(PyStr.Intern("__iter__")) is null
                 && a[0]!.Type.LookupMro(PyStr.Intern("__getitem__")) is null))
            throw PyErr.TypeError($"cannot convert '{a[0]!.Type.Name}' object to bytes");
        else
        {
            var items = Ops.ToClrList(a[0]!);
            data = new byte[items.Count];
            for (int i = 0; i < data.Length; i++)
            {
                long x = Ops.AsIndex(items[i]);
                if (x < 0 || x > 255) throw PyErr.ValueError("bytes must be in range(0, 256)");
                data[i] = (byte)x;
            }
        }
        if (data.Length == 0) return From(0);
        return From(new BigInteger(data, isUnsigned: !signed, isBigEndian: big));
    }

    // ---- int(x=0, base=10) -------------------------------------------------------------------------
    private static PyObject Construct(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ArgParser.Bind("int", args, kw, s_newNames, 0, 1);
        var x = a[0];
        var baseObj = a[1];
        if (x is null)
        {
            if (baseObj is not null) throw PyErr.TypeError("int() missing string argument");
            return From(0);
        }
        if (baseObj is null) return FromObject(x);
        long b = Ops.AsIndex(baseObj);
        if (b != 0 && (b < 2 || b > 36)) throw PyErr.ValueError("int() base must be >= 2 and <= 36, or 0");
        return x switch
        {
            PyStr s => Parse(s.Value, (int)b),
            PyBytes by => Parse(System.Text.Encoding.Latin1.GetString(by.Value), (int)b, bytesRepr: true),
            PyByteArray ba => Parse(System.Text.Encoding.Latin1.GetString(ba.Span), (int)b, bytesRepr: true),
            _ => throw PyErr.TypeError("int() can't convert non-string with explicit base"),
        };
    }

    /// <summary>int(x) for one argument: int/float/str/bytes, then __int__, __index__.</summary>
    public static PyInt FromObject(PyObject x)
    {
        switch (x)
        {
            case PyInt i: return (PyInt)i.ToInt()!;
            case PyFloat f: return FromDouble(f.Value);
            case PyStr s: return Parse(s.Value, 10);
            case PyBytes b: return Parse(System.Text.Encoding.Latin1.GetString(b.Value), 10, bytesRepr: true);
            case PyByteArray ba: return Parse(System.Text.Encoding.Latin1.GetString(ba.Span), 10, bytesRepr: true);
        }
        var r = x.ToInt();
        if (r is not null)
        {
            if (r is PyInt ri) return ri.IsExactInt ? ri : From(ri.ToBigInteger());
            throw PyErr.TypeError($"__int__ returned non-int (type {r.Type.Name})");
        }
        var idx = x.Index();
        if (idx is not null) return idx.IsExactInt ? idx : From(idx.ToBigInteger());
        var trunc = Ops.LookupAttr(x, "__trunc__");
        if (trunc is not null)
        {
            var t = trunc.Call([], null);
            if (t is PyInt ti) return ti;
            var ti2 = t.Index() ?? throw PyErr.TypeError($"__trunc__ returned non-Integral (type {t.Type.Name})");
            return ti2;
        }
        throw PyErr.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'");
    }

    /// <summary>int(s, base): whitespace, sign, prefixes (base 0, 2, 8, 16) and single underscores between digits.</summary>
    public static PyInt Parse(string s, int @base, bool bytesRepr = false)
    {
        int pos = 0, end = s.Length;
        while (pos < end && IsSpace(s[pos])) pos++;
        while (end > pos && IsSpace(s[end - 1])) end--;
        bool negative = false;
        if (pos < end && (s[pos] == '+' || s[pos] == '-')) { negative = s[pos] == '-'; pos++; }
        int b = @base;
        bool prefixed = false;
        if (pos + 1 < end && s[pos] == '0')
        {
            char p = char.ToLowerInvariant(s[pos + 1]);
            if ((p == 'x' && (b == 16 || b == 0)) || (p == 'o' && (b == 8 || b == 0)) || (p == 'b' && (b == 2 || b == 0)))
            {
                b = p == 'x' ? 16 : p == 'o' ? 8 : 2;
                pos += 2;
                prefixed = true;
            }
        }
        bool zeroStart = false;
        if (b == 0)
        {
            b = 10;
            zeroStart = pos < end && s[pos] == '0';
        }
        // digits with single underscores between them (and one allowed right after a prefix)
        var digits = new System.Text.StringBuilder(end - pos);
        bool lastUnderscore = prefixed, ok = pos < end;
        int nDigits = 0;
        bool allZero = true;
        for (int i = pos; i < end && ok; i++)
        {
            char c = s[i];
            if (c == '_')
            {
                if (lastUnderscore && !(prefixed && i == pos)) { ok = false; break; }
                if (i == pos && !prefixed) { ok = false; break; }
                lastUnderscore = true;
                continue;
            }
            int d = DigitValue(c);
            if (d < 0 || d >= b) { ok = false; break; }
            if (d != 0) allZero = false;
            digits.Append((char)(d < 10 ? '0' + d : 'a' + d - 10));
            nDigits++;
            lastUnderscore = false;
        }
        if (nDigits == 0 || (lastUnderscore && nDigits > 0 && s[end - 1] == '_')) ok = false;
        if (ok && zeroStart && !allZero) ok = false;
        if (!ok)
        {
            string shown = bytesRepr ? "b" + PyStr.From(s).Repr() : PyStr.From(s).Repr();
            if (shown.Length > 200) shown = shown[..200];
            throw PyErr.ValueError($"invalid literal for int() with base {@base}: {shown}");
        }
        if ((b & (b - 1)) != 0 && MaxStrDigits > 0 && nDigits > MaxStrDigits)
            throw PyErr.ValueError($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion: value has {nDigits} digits; use sys.set_int_max_str_digits() to increase the limit");
        var text = digits.ToString();
        PyInt result;
        if (nDigits <= 18 && b == 10) result = From(long.Parse(text, CultureInfo.InvariantCulture));
        else if (b == 10) result = From(BigInteger.Parse(text, CultureInfo.InvariantCulture));
        else
        {
            BigInteger acc = BigInteger.Zero;
            long chunk = 0, scale = 1;
            foreach (char c in text)
            {
                int d = c <= '9' ? c - '0' : c - 'a' + 10;
                chunk = chunk * b + d;
                scale *= b;
                if (scale > (long.MaxValue / 64))
                {
                    acc = acc * scale + chunk;
                    chunk = 0; scale = 1;
                }
            }
            acc = acc * scale + chunk;
            result = From(acc);
        }
        return negative ? (PyInt)result.Negative() : result;
    }

    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        if (c > 127) return CharUnicodeInfo.GetDecimalDigitValue(c);
        return -1;
    }

    /// <summary>Unicode decimal digits to ASCII and Unicode spaces to ' ' (_PyUnicode_TransformDecimalAndSpaceToASCII).</summary>
    internal static string ToAsciiDigits(string s)
    {
        int i = 0;
        while (i < s.Length && s[i] < 128) i++;
        if (i == s.Length) return s;
        var chars = s.ToCharArray();
        for (; i < chars.Length; i++)
        {
            char c = chars[i];
            if (c < 128) continue;
            if (char.IsWhiteSpace(c)) chars[i] = ' ';
            else if (CharUnicodeInfo.GetDecimalDigitValue(c) is int d && d >= 0) chars[i] = (char)('0' + d);
        }
        return new string(chars);
    }

    internal static bool IsSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r') || (c > 127 && char.IsWhiteSpace(c)) || (c >= '\x1c' && c <= '\x1f');
}
