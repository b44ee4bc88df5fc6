// Character classes with Python's definitions (Objects/unicodectype.c): whitespace, line breaks,
// printable characters, decimal/digit/numeric, identifiers. Works on code points (int) so that
// characters outside the BMP are classified too.
namespace GilRuntime.Core.Objects;

using System.Globalization;
using System.Text;

internal static class UnicodeInfo
{
    public static UnicodeCategory Category(int cp) =>
        cp <= 0xFFFF ? CharUnicodeInfo.GetUnicodeCategory((char)cp) : CharUnicodeInfo.GetUnicodeCategory(cp);

    /// <summary>Py_UNICODE_ISSPACE.</summary>
    public static bool IsSpace(int c)
    {
        if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        if (c == 0x85 || c == 0xA0) return true;
        var cat = Category(c);
        return cat is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    /// <summary>Py_UNICODE_ISLINEBREAK (str.splitlines).</summary>
    public static bool IsLineBreak(int c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    /// <summary>Py_UNICODE_ISPRINTABLE: not in Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than space.</summary>
    public static bool IsPrintable(int c)
    {
        if (c < 128) return c >= 0x20 && c < 0x7f;
        var cat = Category(c);
        switch (cat)
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return false;
        }
        return true;
    }

    public static bool IsDecimal(int c) => Category(c) == UnicodeCategory.DecimalDigitNumber;

    public static bool IsDigit(int c)
    {
        if (IsDecimal(c)) return true;
        return c <= 0xFFFF ? CharUnicodeInfo.GetDigitValue((char)c) >= 0 : CharUnicodeInfo.GetDigitValue(char.ConvertFromUtf32(c), 0) >= 0;
    }

    // CJK ideographs with a numeric value in Unihan (kPrimaryNumeric and friends), which .NET does not report.
    private const string CjkNumerals = "\u3007\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343\u4E07\u842C\u5104\u5146\u96F6\u58F9\u8CB3\u53C3\u8086\u4F0D\u9678\u67D2\u634C\u7396\u62FE\u4F70\u4EDF\u5EFF\u5345\u5344\u4EBF\u4E24\u5E7A\u5169\u5F0C\u5F0D\u5F0E\u5F10\u4EE8\u53C1\u8D30\u8CAE\u53C4\u9646\u5EFE";

    public static bool IsNumeric(int c)
    {
        if (IsDecimal(c)) return true;
        if (c >= 0x3007 && c <= 0xFFFF && CjkNumerals.Contains((char)c)) return true;
        return c <= 0xFFFF ? CharUnicodeInfo.GetNumericValue((char)c) != -1 : CharUnicodeInfo.GetNumericValue(char.ConvertFromUtf32(c), 0) != -1;
    }

    public static bool IsAlpha(int c) => Category(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;

    public static bool IsAlnum(int c) => IsAlpha(c) || IsDecimal(c) || IsDigit(c) || IsNumeric(c);

    public static bool IsLower(int c) => Category(c) == UnicodeCategory.LowercaseLetter || (c >= 0x2170 && c <= 0x217F) || (c >= 0x24D0 && c <= 0x24E9) || c == 0xAA || c == 0xBA;
    public static bool IsUpper(int c) => Category(c) == UnicodeCategory.UppercaseLetter || (c >= 0x2160 && c <= 0x216F) || (c >= 0x24B6 && c <= 0x24CF);
    public static bool IsTitle(int c) => Category(c) == UnicodeCategory.TitlecaseLetter;
    public static bool IsCased(int c) => IsLower(c) || IsUpper(c) || IsTitle(c);

    public static bool IsXidStart(int c) => c == '_' || Category(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    public static bool IsXidContinue(int c) => IsXidStart(c) || c == 0xB7 || Category(c) is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;

    /// <summary>Full upper-case mapping of one code point (ß -> SS, ŉ -> ʼN, ...).</summary>
    public static void AppendUpper(StringBuilder sb, int c)
    {
        switch (c)
        {
            case 0xDF: sb.Append("SS"); return;
            case 0x149: sb.Append("\u02BCN"); return;
            case 0x1F0: sb.Append("J\u030C"); return;
            case 0xFB00: sb.Append("FF"); return;
            case 0xFB01: sb.Append("FI"); return;
            case 0xFB02: sb.Append("FL"); return;
            case 0xFB03: sb.Append("FFI"); return;
            case 0xFB04: sb.Append("FFL"); return;
            case 0xFB05: case 0xFB06: sb.Append("ST"); return;
        }
        AppendCp(sb, MapRune(c, upper: true));
    }

    public static void AppendLower(StringBuilder sb, int c)
    {
        if (c == 0x130) { sb.Append("i\u0307"); return; }
        AppendCp(sb, MapRune(c, upper: false));
    }

    public static void AppendTitle(StringBuilder sb, int c)
    {
        switch (c)
        {
            case 0xDF: sb.Append("Ss"); return;
            case 0xFB01: sb.Append("Fi"); return;
            case 0xFB02: sb.Append("Fl"); return;
            case 0x1C4: case 0x1C5: case 0x1C6: sb.Append('\u01C5'); return;
            case 0x1C7: case 0x1C8: case 0x1C9: sb.Append('\u01C8'); return;
            case 0x1CA: case 0x1CB: case 0x1CC: sb.Append('\u01CB'); return;
            case 0x1F1: case 0x1F2: case 0x1F3: sb.Append('\u01F2'); return;
        }
        AppendUpper(sb, c);
    }

    public static void AppendFold(StringBuilder sb, int c)
    {
        switch (c)
        {
            case 0xDF: sb.Append("ss"); return;
            case 0x17F: sb.Append('s'); return;
            case 0x3C2: sb.Append('\u03C3'); return;
            case 0x1E9E: sb.Append("ss"); return;
        }
        AppendLower(sb, c);
    }

    private static int MapRune(int c, bool upper)
    {
        if (c < 128)
        {
            if (upper) return c >= 'a' && c <= 'z' ? c - 32 : c;
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        if (c >= 0xD800 && c <= 0xDFFF) return c;
        var r = new Rune(c);
        return (upper ? Rune.ToUpperInvariant(r) : Rune.ToLowerInvariant(r)).Value;
    }

    public static void AppendCp(StringBuilder sb, int c)
    {
        if (c <= 0xFFFF) sb.Append((char)c);
        else sb.Append(char.ConvertFromUtf32(c));
    }
}
