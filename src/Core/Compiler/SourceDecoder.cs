// Source bytes to source text, as CPython's tokenizer decodes a file (Parser/tokenizer.c, PEP 263 and
// PEP 3120): a UTF-8 BOM, else a coding cookie on line 1 or 2 (line 2 only when line 1 is blank or a
// comment), else UTF-8. Errors are SyntaxErrors with CPython's messages ("unknown encoding: X",
// "encoding problem: X with BOM").
//
// Invalid UTF-8 is not rejected here: CPython accepts it in comments and reports it only where a token
// needs the text (a string literal or a name). So each undecodable byte becomes the lone surrogate
// U+DC80+byte (the 'surrogateescape' convention); valid UTF-8 never decodes to such a character, so the
// parser can recognize the bytes later and raise "(unicode error) 'utf-8' codec can't decode ...".
namespace GilRuntime.Core.Compiler;

using System.Text;
using GilRuntime.Core.Objects;

public static class SourceDecoder
{
    /// <summary>Decodes a source file's bytes; raises SyntaxError for a bad cookie.</summary>
    public static string Decode(byte[] bytes, string filename)
    {
        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        int start = bom ? 3 : 0;
        string? cookie = FindCookie(bytes, start);
        if (cookie is not null)
        {
            string normal = NormalName(cookie);
            if (normal != "utf-8")
            {
                if (bom) throw PyErr.SyntaxError($"encoding problem: {normal} with BOM", filename, 0, -2, null);
                var enc = LookupEncoding(normal);
                if (enc is null) throw PyErr.SyntaxError($"unknown encoding: {cookie}", filename, 0, -2, null);
                if (enc is not UTF8Encoding)
                {
                    try { return enc.GetString(bytes, start, bytes.Length - start); }
                    catch (DecoderFallbackException)
                    {
                        throw PyErr.SyntaxError($"(unicode error) '{normal}' codec can't decode the source", filename, 0, -2, null);
                    }
                }
            }
        }
        return DecodeUtf8SurrogateEscape(bytes, start);
    }

    /// <summary>The encoding named by a PEP 263 comment on the first two lines, or null.</summary>
    private static string? FindCookie(byte[] b, int pos)
    {
        for (int line = 0; line < 2 && pos < b.Length; line++)
        {
            int end = pos;
            while (end < b.Length && b[end] != '\n' && b[end] != '\r') end++;
            int i = pos;
            while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\f')) i++;
            if (i == end) { pos = NextLine(b, end); continue; }   // blank: the cookie may be on line 2
            if (b[i] != '#') return null;                          // code: no cookie on this or a later line
            var text = Encoding.Latin1.GetString(b, i, end - i);
            int at = 0;
            while ((at = text.IndexOf("coding", at, StringComparison.Ordinal)) >= 0)
            {
                int k = at + 6;
                at = k;
                if (k >= text.Length || (text[k] != ':' && text[k] != '=')) continue;
                k++;
                while (k < text.Length && (text[k] == ' ' || text[k] == '\t')) k++;
                int s = k;
                while (k < text.Length && (char.IsAsciiLetterOrDigit(text[k]) || text[k] is '-' or '_' or '.')) k++;
                if (k > s) return text[s..k];
            }
            pos = NextLine(b, end);
        }
        return null;
    }

    private static int NextLine(byte[] b, int end)
    {
        if (end < b.Length && b[end] == '\r') end++;
        if (end < b.Length && b[end] == '\n') end++;
        return end;
    }

    /// <summary>CPython's get_normal_name: utf-8 and latin-1 spellings folded, anything else unchanged.</summary>
    private static string NormalName(string s)
    {
        var head = (s.Length > 12 ? s[..12] : s).ToLowerInvariant().Replace('_', '-');
        if (head == "utf-8" || head.StartsWith("utf-8-", StringComparison.Ordinal)) return "utf-8";
        if (head is "latin-1" or "iso-8859-1" or "iso-latin-1"
            || head.StartsWith("latin-1-", StringComparison.Ordinal) || head.StartsWith("iso-8859-1-", StringComparison.Ordinal)
            || head.StartsWith("iso-latin-1-", StringComparison.Ordinal))
            return "iso-8859-1";
        return s;
    }

    private static bool s_providerRegistered;

    /// <summary>A strict decoder for a Python codec name, or null when the name is unknown.</summary>
    private static Encoding? LookupEncoding(string name)
    {
        if (!s_providerRegistered)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            s_providerRegistered = true;
        }
        var n = name.ToLowerInvariant().Replace('_', '-');
        switch (n)
        {
            case "utf8": case "u8": case "utf": case "cp65001": return new UTF8Encoding(false);
            case "latin1": case "latin": case "l1": case "iso8859-1": case "cp819": return Encoding.Latin1;
            case "ascii": case "us-ascii": case "646": return Encoding.GetEncoding("us-ascii",
                EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        if (n.StartsWith("cp", StringComparison.Ordinal) && int.TryParse(n.AsSpan(2), out int page))
            n = "windows-" + page;
        if (n.StartsWith("iso8859-", StringComparison.Ordinal)) n = "iso-8859-" + n[8..];
        try { return Encoding.GetEncoding(n, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback); }
        catch (ArgumentException) { return null; }
    }

    /// <summary>UTF-8 with every byte of an invalid sequence mapped to U+DC80+byte.</summary>
    private static string DecodeUtf8SurrogateEscape(byte[] b, int start)
    {
        var utf8 = new UTF8Encoding(false, true);
        try { return utf8.GetString(b, start, b.Length - start); }
        catch (DecoderFallbackException) { }
        var sb = new StringBuilder(b.Length);
        int i = start;
        while (i < b.Length)
        {
            int len = ValidSequenceLength(b, i, b.Length);
            if (len > 0)
            {
                sb.Append(utf8.GetString(b, i, len));
                i += len;
            }
            else sb.Append((char)(0xDC00 + b[i++]));
        }
        return sb.ToString();
    }

    /// <summary>Length of the valid UTF-8 sequence at b[i], or 0 when b[i] starts an invalid one.</summary>
    private static int ValidSequenceLength(ReadOnlySpan<byte> b, int i, int end)
    {
        byte c = b[i];
        if (c < 0x80) return 1;
        int n; byte lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) n = 2;
        else if (c >= 0xE0 && c <= 0xEF) { n = 3; if (c == 0xE0) lo = 0xA0; else if (c == 0xED) hi = 0x9F; }
        else if (c >= 0xF0 && c <= 0xF4) { n = 4; if (c == 0xF0) lo = 0x90; else if (c == 0xF4) hi = 0x8F; }
        else return 0;
        if (i + n > end) return 0;
        if (b[i + 1] < lo || b[i + 1] > hi) return 0;
        for (int k = 2; k < n; k++) if (b[i + k] < 0x80 || b[i + k] > 0xBF) return 0;
        return n;
    }

    /// <summary>True when <paramref name="s"/> holds a byte the decoder could not decode (U+DC80..U+DCFF).</summary>
    internal static bool HasUndecodable(string s, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (IsEscapedByte(s, i)) return true;
        return false;
    }

    /// <summary>A lone U+DC80..U+DCFF (not the second half of a surrogate pair) stands for an undecodable byte.</summary>
    private static bool IsEscapedByte(string s, int i) =>
        s[i] >= '\uDC80' && s[i] <= '\uDCFF' && (i == 0 || !char.IsHighSurrogate(s[i - 1]));

    /// <summary>CPython's UTF-8 decoder error for s[start..end) seen as the original bytes, e.g.
    /// "'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte".</summary>
    internal static string Utf8ErrorMessage(string s, int start, int end)
    {
        var bytes = new List<byte>();
        var utf8 = new UTF8Encoding(false, false);
        for (int i = start; i < end; i++)
        {
            char ch = s[i];
            if (IsEscapedByte(s, i)) { bytes.Add((byte)(ch - 0xDC00)); continue; }
            int n = char.IsHighSurrogate(ch) && i + 1 < end ? 2 : 1;
            bytes.AddRange(utf8.GetBytes(s.Substring(i, n)));
            i += n - 1;
        }
        var b = bytes.ToArray();
        int p = 0;
        while (p < b.Length && ValidSequenceLength(b, p, b.Length) is int len and > 0) p += len;
        if (p >= b.Length) return "'utf-8' codec can't decode the source";
        // Classify the failure the way CPython's decoder does: how far the sequence was valid.
        byte c = b[p];
        int need; byte lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) need = 2;
        else if (c >= 0xE0 && c <= 0xEF) { need = 3; if (c == 0xE0) lo = 0xA0; else if (c == 0xED) hi = 0x9F; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 4; if (c == 0xF0) lo = 0x90; else if (c == 0xF4) hi = 0x8F; }
        else return $"'utf-8' codec can't decode byte 0x{c:x2} in position {p}: invalid start byte";
        int k = 1;
        for (; k < need && p + k < b.Length; k++)
        {
            byte x = b[p + k];
            bool ok = k == 1 ? x >= lo && x <= hi : x >= 0x80 && x <= 0xBF;
            if (!ok) break;
        }
        if (p + k >= b.Length && k < need)
            return k == 1 ? $"'utf-8' codec can't decode byte 0x{c:x2} in position {p}: unexpected end of data"
                : $"'utf-8' codec can't decode bytes in position {p}-{p + k - 1}: unexpected end of data";
        return k == 1 ? $"'utf-8' codec can't decode byte 0x{c:x2} in position {p}: invalid continuation byte"
            : $"'utf-8' codec can't decode bytes in position {p}-{p + k - 1}: invalid continuation byte";
    }
}
