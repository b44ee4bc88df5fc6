// format(value, spec) for int, float, complex and str: CPython's Python/formatter_unicode.c
// (format_long_internal, format_float_internal, format_complex_internal, format_string_internal).
namespace GilRuntime.Core.Objects;

using System.Globalization;
using System.Numerics;
using System.Text;

public static class NumberFormat
{
    // ---- str ---------------------------------------------------------------------------------------
    public static string FormatStr(string s, string spec)
    {
        if (spec.Length == 0) return s;
        var f = FormatSpec.Parse(spec, "str");
        if (f.Type != '\0' && f.Type != 's') throw UnknownCode(f.Type, "str");
        if (f.Sign == ' ') throw PyErr.ValueError("Space not allowed in string format specifier");
        if (f.Sign != '\0') throw PyErr.ValueError("Sign not allowed in string format specifier");
        if (f.NoNegativeZero) throw PyErr.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        if (f.Alternate) throw PyErr.ValueError("Alternate form (#) not allowed in string format specifier");
        if (f.Align == '=') throw PyErr.ValueError("'=' alignment not allowed in string format specifier");
        if (f.Precision >= 0 && f.Precision < s.Length) s = s.Substring(0, f.Precision);
        string fill = f.FillGiven ? f.Fill : f.ZeroPad ? "0" : " ";
        return Pad(s, f.Width, f.Align == '\0' ? '<' : f.Align, fill);
    }

    // ---- int ---------------------------------------------------------------------------------------
    public static string FormatInt(PyInt v, string spec)
    {
        if (spec.Length == 0) return v.Str();
        var f = FormatSpec.Parse(spec, "int");
        char type = f.Type == '\0' ? 'd' : f.Type;
        switch (type)
        {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return FormatFloatSpec(PyInt.ToDouble(v), f, "int");
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                break;
            default:
                throw UnknownCode(type, "int");
        }
        if (f.Precision >= 0) throw PyErr.ValueError("Precision not allowed in integer format specifier");
        if (f.NoNegativeZero) throw PyErr.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        string digits, prefix = "";
        bool negative;
        if (type == 'c')
        {
            if (f.Sign != '\0') throw PyErr.ValueError("Sign not allowed with integer format specifier 'c'");
            if (f.Alternate) throw PyErr.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (!v.IsSmall) throw PyErr.OverflowError("Python int too large to convert to C long");
            var bi = v.ToBigInteger();
            if (bi < 0 || bi > 0x10FFFF) throw PyErr.OverflowError("%c arg not in range(0x110000)");
            digits = char.ConvertFromUtf32((int)bi);
            negative = false;
            return Pad(digits, f.Width, f.Align == '\0' ? '>' : f.Align == '=' ? '>' : f.Align,
                f.FillGiven ? f.Fill : f.ZeroPad ? "0" : " ");
        }
        var big = v.ToBigInteger();
        negative = big.Sign < 0;
        var mag = BigInteger.Abs(big);
        int groupSize = 3;
        switch (type)
        {
            case 'b': digits = ToBase(mag, 2); prefix = "0b"; groupSize = 4; break;
            case 'o': digits = ToBase(mag, 8); prefix = "0o"; groupSize = 4; break;
            case 'x': digits = ToBase(mag, 16); prefix = "0x"; groupSize = 4; break;
            case 'X': digits = ToBase(mag, 16).ToUpperInvariant(); prefix = "0X"; groupSize = 4; break;
            default: digits = PyInt.ToDecimalString(mag); break;
        }
        if (!f.Alternate) prefix = "";
        return Layout(negative, prefix, digits, "", f, groupSize);
    }

    // ---- float -------------------------------------------------------------------------------------
    public static string FormatFloat(double v, string spec)
    {
        if (spec.Length == 0) return FloatRepr.Repr(v);
        return FormatFloatSpec(v, FormatSpec.Parse(spec, "float"), "float");
    }

    private static string FormatFloatSpec(double v, FormatSpec f, string typeName)
    {
        char type = f.Type;
        switch (type)
        {
            case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
            default: throw UnknownCode(type, typeName);
        }
        if (type == 'n') type = 'g';
        bool negative = double.IsNegative(v) && !double.IsNaN(v);
        string body = FloatBody(Math.Abs(v), type, f.Precision, f.Alternate, out string suffix);
        if (!double.IsFinite(v))
            return Layout(negative, "", "", body + suffix, f with { Grouping = '\0' }, 3);
        if (negative && f.NoNegativeZero && IsAllZero(body)) negative = false;
        // split off the integer digits: grouping applies to them only
        int n = IntDigits(body);
        return Layout(negative, "", body.Substring(0, n), body.Substring(n) + suffix, f, 3);
    }

    /// <summary>The unsigned text of |v| for one presentation type ('\0' is format()'s default).</summary>
    private static string FloatBody(double a, char type, int precision, bool alt, out string suffix)
    {
        suffix = "";
        bool upper = type is 'E' or 'F' or 'G';
        if (type == '%') { a *= 100; suffix = "%"; type = 'f'; }
        if (double.IsNaN(a)) return upper ? "NAN" : "nan";
        if (double.IsInfinity(a)) return upper ? "INF" : "inf";
        char t = char.ToLowerInvariant(type);
        if (type == '\0')
            return precision < 0 ? FloatRepr.Format(a, 'r', 0, alt, true, false)
                : FloatRepr.Format(a, 'g', precision, alt, true, false);
        if (precision < 0) precision = 6;
        return FloatRepr.Format(a, t, precision, alt, false, upper);
    }

    private static int IntDigits(string body)
    {
        int n = 0;
        while (n < body.Length && body[n] >= '0' && body[n] <= '9') n++;
        return n;
    }

    private static string GroupPart(string body, char grouping)
    {
        if (grouping == '\0') return body;
        int n = IntDigits(body);
        return Group(body.Substring(0, n), grouping, 3, 0) + body.Substring(n);
    }

    private static bool IsAllZero(string body)
    {
        foreach (var c in body)
            if (c >= '1' && c <= '9') return false;
        return true;
    }

    // ---- complex -----------------------------------------------------------------------------------
    public static string FormatComplex(PyComplex v, string spec)
    {
        if (spec.Length == 0) return v.Repr();
        var f = FormatSpec.Parse(spec, "complex");
        char type = f.Type;
        switch (type)
        {
            case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
            default: throw UnknownCode(type, "complex");
        }
        if (f.FillGiven ? f.Fill == "0" : f.ZeroPad) throw PyErr.ValueError("Zero padding is not allowed in complex format specifier");
        if (f.Align == '=') throw PyErr.ValueError("'=' alignment flag is not allowed in complex format specifier");
        if (type == 'n') type = 'g';
        double re = v.Real, im = v.Imag;
        bool parens = false, skipReal = false;
        string reBody, imBody;
        if (type == '\0')
        {
            parens = true;
            skipReal = re == 0 && !double.IsNegative(re);
            if (f.Precision < 0)
            {
                reBody = ComplexPart(Math.Abs(re), 'r', 0, f.Alternate);
                imBody = ComplexPart(Math.Abs(im), 'r', 0, f.Alternate);
            }
            else
            {
                reBody = ComplexPart(Math.Abs(re), 'g', f.Precision, f.Alternate);
                imBody = ComplexPart(Math.Abs(im), 'g', f.Precision, f.Alternate);
            }
        }
        else
        {
            int p = f.Precision < 0 ? 6 : f.Precision;
            bool upper = type is 'E' or 'F' or 'G';
            char t = char.ToLowerInvariant(type);
            reBody = NonFinite(re, upper) ?? FloatRepr.Format(Math.Abs(re), t, p, f.Alternate, false, upper);
            imBody = NonFinite(im, upper) ?? FloatRepr.Format(Math.Abs(im), t, p, f.Alternate, false, upper);
        }
        if (double.IsFinite(re)) reBody = GroupPart(reBody, f.Grouping);
        if (double.IsFinite(im)) imBody = GroupPart(imBody, f.Grouping);
        bool reNeg = double.IsNegative(re) && !double.IsNaN(re), imNeg = double.IsNegative(im) && !double.IsNaN(im);
        if (f.NoNegativeZero)
        {
            if (reNeg && double.IsFinite(re) && IsAllZero(reBody)) reNeg = false;
            if (imNeg && double.IsFinite(im) && IsAllZero(imBody)) imNeg = false;
        }
        var sb = new StringBuilder();
        if (parens && !skipReal) sb.Append('(');
        if (!skipReal)
        {
            sb.Append(SignText(reNeg, f.Sign)).Append(reBody);
            sb.Append(imNeg ? '-' : '+');
        }
        else sb.Append(SignText(imNeg, f.Sign));
        sb.Append(imBody).Append('j');
        if (parens && !skipReal) sb.Append(')');
        return Pad(sb.ToString(), f.Width, f.Align == '\0' ? '>' : f.Align, f.FillGiven ? f.Fill : " ");
    }

    private static string ComplexPart(double a, char type, int precision, bool alt) =>
        NonFinite(a, false) ?? FloatRepr.Format(a, type, precision, alt, false, false);

    private static string? NonFinite(double a, bool upper) =>
        double.IsNaN(a) ? (upper ? "NAN" : "nan") : double.IsInfinity(a) ? (upper ? "INF" : "inf") : null;

    private static string SignText(bool negative, char sign) =>
        negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";

    // ---- layout ------------------------------------------------------------------------------------
    /// <summary>
    /// sign + prefix + grouped integer digits + rest, padded to the width (calc_number_widths and
    /// fill_number): '=' pads between the sign/prefix and the digits; a '0' fill with '=' alignment
    /// pads the digits themselves so separators are inserted into the zeros.
    /// </summary>
    private static string Layout(bool negative, string prefix, string digits, string rest, FormatSpec f, int groupSize)
    {
        string sign = SignText(negative, f.Sign);
        string fill = f.FillGiven ? f.Fill : f.ZeroPad ? "0" : " ";
        char align = f.Align != '\0' ? f.Align : f.ZeroPad && !f.FillGiven ? '=' : '>';
        int width = f.Width;
        int leading = sign.Length + prefix.Length;
        if (f.Grouping != '\0' || (fill == "0" && align == '='))
        {
            int minWidth = fill == "0" && align == '=' ? Math.Max(0, width - leading - rest.Length) : 0;
            if (f.Grouping != '\0') digits = Group(digits, f.Grouping, groupSize, minWidth);
            else if (digits.Length < minWidth) digits = new string('0', minWidth - digits.Length) + digits;
        }
        int len = leading + digits.Length + rest.Length;
        if (width <= len) return sign + prefix + digits + rest;
        int pad = width - len;
        return align switch
        {
            '<' => sign + prefix + digits + rest + Repeat(fill, pad),
            '^' => Repeat(fill, pad / 2) + sign + prefix + digits + rest + Repeat(fill, pad - pad / 2),
            '=' => sign + prefix + Repeat(fill, pad) + digits + rest,
            _ => Repeat(fill, pad) + sign + prefix + digits + rest,
        };
    }

    /// <summary>Inserts separators every <paramref name="group"/> digits, zero-extending to minWidth.</summary>
    private static string Group(string digits, char sep, int group, int minWidth)
    {
        var parts = new List<string>();
        int remaining = digits.Length, total = 0;
        bool first = true;
        while (true)
        {
            int l = Math.Min(group, Math.Max(Math.Max(remaining, minWidth), 1));
            int nChars = Math.Max(0, Math.Min(remaining, l));
            int nZeros = Math.Max(0, l - remaining);
            var piece = digits.Substring(remaining - nChars, nChars);
            parts.Add(new string('0', nZeros) + piece + (first ? "" : sep.ToString()));
            total += l;
            first = false;
            remaining -= nChars;
            minWidth -= l;
            if (remaining <= 0 && minWidth <= 0) break;
            minWidth -= 1;
        }
        var sb = new StringBuilder(total + parts.Count);
        for (int i = parts.Count - 1; i >= 0; i--) sb.Append(parts[i]);
        return sb.ToString();
    }

    /// <summary>Pads text to a width with one of the alignments (strings and complex).</summary>
    internal static string Pad(string s, int width, char align, string fill)
    {
        if (width <= s.Length) return s;
        int pad = width - s.Length;
        return align switch
        {
            '>' => Repeat(fill, pad) + s,
            '^' => Repeat(fill, pad / 2) + s + Repeat(fill, pad - pad / 2),
            _ => s + Repeat(fill, pad),
        };
    }

    private static string Repeat(string fill, int n)
    {
        if (n <= 0) return "";
        if (fill.Length == 1) return new string(fill[0], n);
        var sb = new StringBuilder(n * fill.Length);
        for (int i = 0; i < n; i++) sb.Append(fill);
        return sb.ToString();
    }

    internal static string ToBase(BigInteger mag, int radix)
    {
        if (mag.IsZero) return "0";
        if (mag <= ulong.MaxValue)
        {
            ulong u = (ulong)mag;
            if (radix == 16) return u.ToString("x", CultureInfo.InvariantCulture);
            return Convert.ToString((long)u, radix) is var s && (long)u >= 0 ? s : SlowBase(mag, radix);
        }
        return SlowBase(mag, radix);
    }

    private static string SlowBase(BigInteger mag, int radix)
    {
        if (radix == 16)
        {
            var s = mag.ToString("x", CultureInfo.InvariantCulture).TrimStart('0');
            return s.Length == 0 ? "0" : s;
        }
        int bitsPer = radix == 2 ? 1 : 3;
        long bits = (long)mag.GetBitLength();
        int n = (int)((bits + bitsPer - 1) / bitsPer);
        var chars = new char[n];
        var bytes = mag.ToByteArray(isUnsigned: true, isBigEndian: false);
        for (int i = 0; i < n; i++)
        {
            long bit = (long)i * bitsPer;
            int d = 0;
            for (int k = 0; k < bitsPer; k++)
            {
                long b = bit + k;
                if (b / 8 < bytes.Length && ((bytes[b / 8] >> (int)(b % 8)) & 1) != 0) d |= 1 << k;
            }
            chars[n - 1 - i] = (char)('0' + d);
        }
        return new string(chars);
    }

    private static PyException UnknownCode(char type, string typeName) =>
        type > ' ' && type < 127
            ? PyErr.ValueError($"Unknown format code '{type}' for object of type '{typeName}'")
            : PyErr.ValueError($"Unknown format code '\\x{(int)type:x}' for object of type '{typeName}'");
}
