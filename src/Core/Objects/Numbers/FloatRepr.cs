// Decimal conversion of doubles as CPython's Python/pystrtod.c does it (format_float_short): the digits
// come either from the shortest round-trip form (repr, mode 'r') or from exact, correctly rounded
// (half-even on the exact binary value) decimal expansion for a given precision ('e', 'f', 'g').
namespace GilRuntime.Core.Objects;

using System.Globalization;
using System.Numerics;

public static class FloatRepr
{
    /// <summary>repr(float) / str(float): shortest round-trip digits, CPython's layout.</summary>
    public static string Repr(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        if ((BitConverter.DoubleToInt64Bits(v) & 0xFFFFFFFFFFFFFL) != 0 || v == 0)
        {
            // fast path: .NET's shortest round-trip text in fixed notation, when CPython's repr would
            // also be fixed (at most 16 integer digits, and not below 1e-4); only "ddd" needs the ".0"
            var r = v.ToString("R", CultureInfo.InvariantCulture);
            if (r.IndexOf('E') < 0)
            {
                int start = r[0] == '-' ? 1 : 0;
                int dot = r.IndexOf('.');
                int intDigits = (dot < 0 ? r.Length : dot) - start;
                bool tiny = r.AsSpan(start).StartsWith("0.0000");
                if (intDigits <= 16 && !tiny) return dot >= 0 ? r : r + ".0";
            }
        }
        var body = Format(Math.Abs(v), 'r', 0, alt: false, addDot0: true, upper: false);
        return double.IsNegative(v) ? "-" + body : body;
    }

    /// <summary>
    /// Formats a finite, non-negative <paramref name="v"/> (a negative zero's sign is the caller's
    /// business). <paramref name="type"/> is 'e', 'f', 'g' or 'r'; 'g' with <paramref name="addDot0"/>
    /// is format()'s empty presentation type with a precision.
    /// </summary>
    internal static string Format(double v, char type, int precision, bool alt, bool addDot0, bool upper)
    {
        string digits; int decpt;
        switch (type)
        {
            case 'e': digits = SignificantDigits(v, precision + 1, out decpt); break;
            case 'f': digits = FixedDigits(v, precision, out decpt); break;
            case 'g': if (precision == 0) precision = 1; digits = SignificantDigits(v, precision, out decpt); break;
            default: digits = ShortestDigits(v, out decpt); break;
        }
        bool useExp = false;
        int fracDigits; // digits shown after the point in the layout chosen below
        switch (type)
        {
            case 'e':
                useExp = true; fracDigits = precision; break;
            case 'f':
                fracDigits = precision; break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alt) fracDigits = useExp ? precision - 1 : precision - decpt;
                else fracDigits = useExp ? digits.Length - 1 : Math.Max(0, digits.Length - decpt);
                break;
            default:
                if (decpt <= -4 || decpt > 16) useExp = true;
                fracDigits = useExp ? digits.Length - 1 : Math.Max(0, digits.Length - decpt);
                break;
        }
        var sb = new System.Text.StringBuilder(32);
        if (useExp)
        {
            sb.Append(digits[0]);
            if (fracDigits > 0 || alt) sb.Append('.');
            for (int i = 1; i <= fracDigits; i++) sb.Append(i < digits.Length ? digits[i] : '0');
            int exp = digits == "0" ? 0 : decpt - 1;
            sb.Append(upper ? 'E' : 'e').Append(exp < 0 ? '-' : '+');
            int ae = Math.Abs(exp);
            if (ae < 10) sb.Append('0');
            sb.Append(ae.ToString(CultureInfo.InvariantCulture));
            return sb.ToString();
        }
        if (decpt <= 0) sb.Append('0');
        else for (int i = 0; i < decpt; i++) sb.Append(i < digits.Length ? digits[i] : '0');
        if (fracDigits == 0 && addDot0 && type != 'f') fracDigits = 1;
        if (fracDigits > 0 || alt) sb.Append('.');
        for (int k = 0; k < fracDigits; k++)
        {
            int i = decpt + k; // index into digits of the k-th fractional digit
            sb.Append(i >= 0 && i < digits.Length ? digits[i] : '0');
        }
        return sb.ToString();
    }

    /// <summary>Shortest round-trip digits of v &gt;= 0 (no trailing zeros); value = 0.DIGITS * 10**decpt.</summary>
    internal static string ShortestDigits(double v, out int decpt)
    {
        if (v == 0) { decpt = 1; return "0"; }
        // .NET's shortest form can miss at powers of two, where the rounding interval is asymmetric:
        // there the digits are searched directly.
        if ((BitConverter.DoubleToInt64Bits(v) & 0xFFFFFFFFFFFFFL) == 0) return ShortestSlow(v, out decpt);
        var s = v.ToString("R", CultureInfo.InvariantCulture);
        int exp = 0;
        int e = s.IndexOf('E');
        if (e >= 0) { exp = int.Parse(s.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture); s = s[..e]; }
        int dot = s.IndexOf('.');
        string intPart = dot < 0 ? s : s[..dot], frac = dot < 0 ? "" : s[(dot + 1)..];
        var all = intPart + frac;
        decpt = intPart.Length + exp;
        int start = 0;
        while (start < all.Length - 1 && all[start] == '0') { start++; decpt--; }
        int end = all.Length;
        while (end > start + 1 && all[end - 1] == '0') end--;
        return all[start..end];
    }

    /// <summary>The shortest digits that read back as v, the nearest such when several (dtoa mode 0).</summary>
    private static string ShortestSlow(double v, out int decpt)
    {
        Decompose(v, out var mant, out int e2);
        int k = (int)Math.Floor(Math.Log10(v)) + 1;
        for (int n = 1; n <= 17; n++)
        {
            // n-digit candidates around v: floor and floor+1 of v * 10**(n-k), k fixed so 10**(k-1) <= v < 10**k
            int kk = k;
            var lo = BigInteger.Pow(10, n - 1);
            BigInteger q;
            int cmpHalf;
            while (true)
            {
                q = ScaleFloor(mant, e2, n - kk, out cmpHalf);
                if (q >= lo * 10) { kk++; continue; }
                if (q < lo) { kk--; continue; }
                break;
            }
            bool downOk = ReadsBack(q, n, kk, v), upOk = ReadsBack(q + 1, n, kk, v);
            if (!downOk && !upOk) continue;
            var pick = downOk && upOk ? (cmpHalf > 0 || (cmpHalf == 0 && !q.IsEven) ? q + 1 : q) : downOk ? q : q + 1;
            var text = pick.ToString(CultureInfo.InvariantCulture);
            decpt = kk + (text.Length - n);
            return StripZeros(text);
        }
        decpt = 0;
        return SignificantDigits(v, 17, out decpt);
    }

    private static bool ReadsBack(BigInteger q, int n, int k, double v) =>
        double.Parse(q.ToString(CultureInfo.InvariantCulture) + "e" + (k - n).ToString(CultureInfo.InvariantCulture),
            NumberStyles.Float, CultureInfo.InvariantCulture) == v;

    /// <summary>v &gt;= 0 rounded half-even to <paramref name="n"/> significant digits (trailing zeros stripped).</summary>
    internal static string SignificantDigits(double v, int n, out int decpt)
    {
        if (v == 0) { decpt = 1; return "0"; }
        Decompose(v, out var mant, out int e2);
        // k with 10**(k-1) <= v < 10**k, found on the truncated scaled value so rounding cannot mislead it
        int k = (int)Math.Floor(Math.Log10(v)) + 1;
        var lo = BigInteger.Pow(10, n - 1);
        var hi = lo * 10;
        BigInteger q;
        int cmpHalf;
        for (int guard = 0; ; guard++)
        {
            q = ScaleFloor(mant, e2, n - k, out cmpHalf);
            if (q >= hi) { k++; continue; }
            if (q < lo && guard < 8) { k--; continue; }
            break;
        }
        if (cmpHalf > 0 || (cmpHalf == 0 && !q.IsEven)) q += 1;
        if (q == hi) { q = lo; k++; }
        decpt = k;
        return StripZeros(q.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>v &gt;= 0 rounded half-even to <paramref name="n"/> digits after the point.</summary>
    internal static string FixedDigits(double v, int n, out int decpt)
    {
        if (v == 0) { decpt = 1; return "0"; }
        Decompose(v, out var mant, out int e2);
        var q = ScaleRound(mant, e2, n);
        if (q.IsZero) { decpt = 1; return "0"; }
        var s = q.ToString(CultureInfo.InvariantCulture);
        decpt = s.Length - n;
        return StripZeros(s);
    }

    private static string StripZeros(string s)
    {
        int end = s.Length;
        while (end > 1 && s[end - 1] == '0') end--;
        return end == s.Length ? s : s[..end];
    }

    /// <summary>v = mant * 2**e2 exactly.</summary>
    internal static void Decompose(double v, out long mant, out int e2)
    {
        long bits = BitConverter.DoubleToInt64Bits(v) & long.MaxValue;
        int be = (int)(bits >> 52);
        mant = bits & 0xFFFFFFFFFFFFFL;
        if (be == 0) e2 = -1074;
        else { mant |= 1L << 52; e2 = be - 1075; }
    }

    /// <summary>round_half_even(mant * 2**e2 * 10**s).</summary>
    private static BigInteger ScaleRound(long mant, int e2, int s)
    {
        var q = ScaleFloor(mant, e2, s, out int cmpHalf);
        if (cmpHalf > 0 || (cmpHalf == 0 && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>floor(mant * 2**e2 * 10**s); cmpHalf compares the discarded fraction with 1/2 (-2 when exact).</summary>
    private static BigInteger ScaleFloor(long mant, int e2, int s, out int cmpHalf)
    {
        BigInteger num = mant, den = BigInteger.One;
        if (e2 >= 0) num <<= e2; else den <<= -e2;
        if (s >= 0) num *= BigInteger.Pow(10, s); else den *= BigInteger.Pow(10, -s);
        var q = BigInteger.DivRem(num, den, out var r);
        cmpHalf = r.IsZero ? -2 : (r << 1).CompareTo(den);
        return q;
    }
}
