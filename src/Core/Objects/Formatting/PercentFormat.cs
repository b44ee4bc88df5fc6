// printf-style formatting, str % args: CPython's PyUnicode_Format (Objects/unicodeobject.c), with its
// conversions, flags, '*' width/precision, %(key)s mapping keys and error messages.
namespace GilRuntime.Core.Objects;

using System.Globalization;
using System.Numerics;
using System.Text;

public static class PercentFormat
{
    [Flags]
    private enum Flag { None = 0, Left = 1, Sign = 2, Blank = 4, Alt = 8, Zero = 16 }

    public static string Format(string format, PyObject args) => FormatCore(format, args, false);

    /// <summary>bytes % args (and bytearray): %b/%s take bytes-like objects, %r/%a give ascii(repr), %c a byte.</summary>
    public static byte[] FormatBytes(ReadOnlySpan<byte> format, PyObject args) =>
        System.Text.Encoding.Latin1.GetBytes(FormatCore(System.Text.Encoding.Latin1.GetString(format), args, true));

    private static string FormatCore(string format, PyObject args, bool bytesMode)
    {
        PyObject[] items;
        bool tupleArgs = args is PyTuple;
        items = args is PyTuple t ? t.Items : [args];
        PyObject? dict = null;
        if (args is not PyTuple && args is not PyStr && !(bytesMode && (args is PyBytes || args is PyByteArray)) && IsMapping(args)) dict = args;
        int argIndex = 0, argCount = items.Length;
        bool usedKey = false;
        var sb = new StringBuilder(format.Length + 16);
        int pos = 0, end = format.Length;

        PyObject NextArg()
        {
            if (argIndex < argCount) return items[argIndex++];
            throw PyErr.TypeError("not enough arguments for format string");
        }

        while (pos < end)
        {
            int pct = format.IndexOf('%', pos);
            if (pct < 0) { sb.Append(format, pos, end - pos); break; }
            sb.Append(format, pos, pct - pos);
            pos = pct + 1;
            if (pos >= end) throw PyErr.ValueError("incomplete format");
            if (format[pos] == '%') { sb.Append('%'); pos++; continue; }

            PyObject? keyed = null;
            if (format[pos] == '(')
            {
                if (dict is null) throw PyErr.TypeError("format requires a mapping");
                int depth = 1, ks = ++pos;
                while (pos < end && depth > 0)
                {
                    if (format[pos] == '(') depth++;
                    else if (format[pos] == ')') depth--;
                    pos++;
                }
                if (depth > 0) throw PyErr.ValueError("incomplete format key");
                string keyText = format.Substring(ks, pos - 1 - ks);
                keyed = Ops.GetItem(dict, bytesMode ? PyBytes.From(System.Text.Encoding.Latin1.GetBytes(keyText)) : PyStr.From(keyText));
                usedKey = true;
                argCount = -1;
            }
            var flags = Flag.None;
            for (; pos < end; pos++)
            {
                char f = format[pos];
                if (f == '-') flags |= Flag.Left;
                else if (f == '+') flags |= Flag.Sign;
                else if (f == ' ') flags |= Flag.Blank;
                else if (f == '#') flags |= Flag.Alt;
                else if (f == '0') flags |= Flag.Zero;
                else break;
            }
            int width = -1, prec = -1;
            if (pos < end && format[pos] == '*')
            {
                pos++;
                var w = NextArg();
                if (w is not PyInt wi) throw PyErr.TypeError("* wants int");
                width = ToCInt(wi);
                if (width < 0) { flags |= Flag.Left; width = -width; }
            }
            else width = ReadInt(format, ref pos);
            if (pos < end && format[pos] == '.')
            {
                pos++;
                if (pos < end && format[pos] == '*')
                {
                    pos++;
                    var p = NextArg();
                    if (p is not PyInt pi) throw PyErr.TypeError("* wants int");
                    prec = Math.Max(0, ToCInt(pi));
                }
                else
                {
                    prec = ReadInt(format, ref pos);
                    if (prec < 0) prec = 0;
                }
            }
            if (pos >= end) throw PyErr.ValueError("incomplete format");
            char conv = format[pos++];
            var arg = keyed ?? (argCount < 0 ? dict! : NextArg());
            string body;
            string sign = "", prefix = "";
            bool numeric = false;
            switch (conv)
            {
                case 's' when bytesMode: case 'b' when bytesMode:
                    body = BytesArg(arg); if (prec >= 0 && prec < body.Length) body = body[..prec]; break;
                case 'r' when bytesMode:
                    body = Ascii(Ops.Repr(arg)); if (prec >= 0 && prec < body.Length) body = body[..prec]; break;
                case 's': body = Ops.Str(arg); if (prec >= 0 && prec < body.Length) body = body[..prec]; break;
                case 'r': body = Ops.Repr(arg); if (prec >= 0 && prec < body.Length) body = body[..prec]; break;
                case 'a': body = Ascii(Ops.Repr(arg)); if (prec >= 0 && prec < body.Length) body = body[..prec]; break;
                case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
                {
                    numeric = true;
                    var iv = IntArg(arg, conv);
                    var big = iv.ToBigInteger();
                    bool neg = big.Sign < 0;
                    var mag = BigInteger.Abs(big);
                    body = conv switch
                    {
                        'o' => NumberFormat.ToBase(mag, 8),
                        'x' => NumberFormat.ToBase(mag, 16),
                        'X' => NumberFormat.ToBase(mag, 16).ToUpperInvariant(),
                        _ => PyInt.ToDecimalString(mag),
                    };
                    if (prec > body.Length) body = new string('0', prec - body.Length) + body;
                    if ((flags & Flag.Alt) != 0 && conv is 'o' or 'x' or 'X') prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
                    sign = neg ? "-" : (flags & Flag.Sign) != 0 ? "+" : (flags & Flag.Blank) != 0 ? " " : "";
                    break;
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                {
                    numeric = true;
                    double d = FloatArg(arg);
                    bool upper = conv is 'E' or 'F' or 'G';
                    if (double.IsNaN(d)) body = upper ? "NAN" : "nan";
                    else if (double.IsInfinity(d)) body = upper ? "INF" : "inf";
                    else body = FloatRepr.Format(Math.Abs(d), char.ToLowerInvariant(conv), prec < 0 ? 6 : prec,
                        (flags & Flag.Alt) != 0, false, upper);
                    bool neg = double.IsNegative(d) && !double.IsNaN(d);
                    sign = neg ? "-" : (flags & Flag.Sign) != 0 ? "+" : (flags & Flag.Blank) != 0 ? " " : "";
                    break;
                }
                case 'c':
                    body = bytesMode ? ByteCharArg(arg) : CharArg(arg);
                    break;
                default:
                    string shown = conv < 128 ? conv.ToString() : "?";
                    throw PyErr.ValueError($"unsupported format character '{shown}' (0x{(int)conv:x}) at index {pos - 1}");
            }
            int total = sign.Length + prefix.Length + body.Length;
            if (width > total)
            {
                int pad = width - total;
                if ((flags & Flag.Left) != 0) sb.Append(sign).Append(prefix).Append(body).Append(' ', pad);
                else if (numeric && (flags & Flag.Zero) != 0) sb.Append(sign).Append(prefix).Append('0', pad).Append(body);
                else sb.Append(' ', pad).Append(sign).Append(prefix).Append(body);
            }
            else sb.Append(sign).Append(prefix).Append(body);
        }
        if (argCount >= 0 && argIndex < argCount && dict is null && !usedKey)
            throw PyErr.TypeError(bytesMode ? "not all arguments converted during bytes formatting"
                : "not all arguments converted during string formatting");
        return sb.ToString();
    }

    private static bool IsMapping(PyObject o) =>
        o is PyDict || (o is not PyStr && o is not PyTuple && o.Type.LookupMro(PyStr.Intern("__getitem__")) is not null);

    private static int ReadInt(string s, ref int pos)
    {
        int start = pos;
        long v = 0;
        while (pos < s.Length && s[pos] >= '0' && s[pos] <= '9')
        {
            v = v * 10 + (s[pos] - '0');
            if (v > int.MaxValue) throw PyErr.ValueError(start == pos ? "width too big" : "width too big");
            pos++;
        }
        return pos == start ? -1 : (int)v;
    }

    private static int ToCInt(PyInt v)
    {
        if (!v.IsSmall || v.Value > int.MaxValue || v.Value < int.MinValue)
            throw PyErr.OverflowError("Python int too large to convert to C int");
        return (int)v.Value;
    }

    private static PyInt IntArg(PyObject arg, char conv)
    {
        if (arg is PyInt i) return i;
        if (conv is 'd' or 'i' or 'u')
        {
            if (arg is PyFloat f) return PyInt.FromDouble(f.Value);
            if (arg is not PyStr && (arg.Index() is not null || arg.ToInt() is not null || arg.ToFloat() is not null))
                return PyInt.FromObject(arg);
            throw PyErr.TypeError($"%{conv} format: a real number is required, not {arg.Type.Name}");
        }
        return arg.Index() ?? throw PyErr.TypeError($"%{conv} format: an integer is required, not {arg.Type.Name}");
    }

    private static double FloatArg(PyObject arg)
    {
        if (arg is PyFloat f) return f.Value;
        if (arg is PyInt i) return PyInt.ToDouble(i);
        var r = arg.ToFloat();
        if (r is PyFloat rf) return rf.Value;
        var idx = arg.Index();
        if (idx is not null) return PyInt.ToDouble(idx);
        throw PyErr.TypeError($"must be real number, not {arg.Type.Name}");
    }

    private static string BytesArg(PyObject arg)
    {
        switch (arg)
        {
            case PyBytes b: return System.Text.Encoding.Latin1.GetString(b.Value);
            case PyByteArray ba: return System.Text.Encoding.Latin1.GetString(ba.Span);
        }
        var m = Ops.LookupAttr(arg, "__bytes__");
        if (m is not null && m.Call([], null) is PyBytes rb) return System.Text.Encoding.Latin1.GetString(rb.Value);
        throw PyErr.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{arg.Type.Name}'");
    }

    private static string ByteCharArg(PyObject arg)
    {
        if (arg is PyBytes b && b.Value.Length == 1) return ((char)b.Value[0]).ToString();
        if (arg is PyByteArray ba && ba.Span.Length == 1) return ((char)ba.Span[0]).ToString();
        if (arg is PyInt i)
        {
            if (!i.IsSmall || i.Value < 0 || i.Value > 255) throw PyErr.OverflowError("%c arg not in range(256)");
            return ((char)i.Value).ToString();
        }
        throw PyErr.TypeError("%c requires an integer in range(256) or a single byte");
    }

    private static string CharArg(PyObject arg)
    {
        if (arg is PyStr s)
        {
            if (s.Value.Length == 1 || (s.Value.Length == 2 && char.IsSurrogatePair(s.Value[0], s.Value[1]))) return s.Value;
            throw PyErr.TypeError("%c requires int or char");
        }
        if (arg is PyInt i)
        {
            var v = i.ToBigInteger();
            if (v < 0 || v > 0x10FFFF) throw PyErr.OverflowError("%c arg not in range(0x110000)");
            return char.ConvertFromUtf32((int)v);
        }
        throw PyErr.TypeError("%c requires int or char");
    }

    /// <summary>ascii(): a repr with every non-ASCII code point escaped (\xNN, \uNNNN, \UNNNNNNNN).</summary>
    public static string Ascii(string repr)
    {
        int i = 0;
        while (i < repr.Length && repr[i] < 128) i++;
        if (i == repr.Length) return repr;
        var sb = new StringBuilder(repr.Length + 16);
        sb.Append(repr, 0, i);
        for (; i < repr.Length; i++)
        {
            char c = repr[i];
            if (c < 128) { sb.Append(c); continue; }
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1]))
                cp = char.ConvertToUtf32(c, repr[++i]);
            if (cp <= 0xFF) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp <= 0xFFFF) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
