// The codecs str.encode / bytes.decode support natively: utf-8, ascii and latin-1 with the 'strict',
// 'ignore' and 'replace' error handlers, raising UnicodeEncodeError / UnicodeDecodeError with
// CPython's messages.
namespace GilRuntime.Core.Objects;

using System.Text;

internal static class Codecs
{
    public enum Kind { Utf8, Ascii, Latin1 }

    /// <summary>Normalizes an encoding name as encodings.normalize_encoding + the alias table do.</summary>
    public static Kind Lookup(string encoding)
    {
        var n = encoding.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        switch (n)
        {
            case "utf-8": case "utf8": case "u8": case "utf": case "cp65001": case "utf8-ucs2": case "utf8-ucs4":
                return Kind.Utf8;
            case "ascii": case "us-ascii": case "646": case "us": case "ansi-x3.4-1968": case "iso646-us":
                return Kind.Ascii;
            case "latin-1": case "latin1": case "latin": case "l1": case "iso-8859-1": case "iso8859-1":
            case "8859": case "cp819": case "iso-ir-100": case "iso-8859-1:1987":
                return Kind.Latin1;
        }
        throw PyErr.New(ExceptionTypes.LookupError, $"unknown encoding: {encoding}");
    }

    private static string Name(Kind k) => k switch { Kind.Utf8 => "utf-8", Kind.Ascii => "ascii", _ => "latin-1" };

    private static void CheckErrors(string errors)
    {
        if (errors is "strict" or "ignore" or "replace" or "surrogateescape" or "backslashreplace") return;
        throw PyErr.New(ExceptionTypes.LookupError, $"unknown error handler name '{errors}'");
    }

    public static byte[] Encode(PyStr str, string encoding, string errors)
    {
        var kind = Lookup(encoding);
        CheckErrors(errors);
        var s = str.Value;
        if (kind == Kind.Utf8 && !HasLoneSurrogate(s)) return Encoding.UTF8.GetBytes(s);
        int limit = kind == Kind.Ascii ? 0x80 : kind == Kind.Latin1 ? 0x100 : 0x110000;
        var result = new List<byte>(s.Length);
        int cpIndex = 0;
        for (int i = 0; i < s.Length; cpIndex++)
        {
            int c = PyStr.NextCp(s, ref i);
            bool bad = c >= limit || (kind == Kind.Utf8 && c >= 0xD800 && c <= 0xDFFF);
            if (!bad)
            {
                if (kind == Kind.Utf8) AppendUtf8(result, c); else result.Add((byte)c);
                continue;
            }
            switch (errors)
            {
                case "ignore": continue;
                case "replace": result.Add((byte)'?'); continue;
                case "backslashreplace":
                    foreach (char ch in c <= 0xff ? $"\\x{c:x2}" : c <= 0xffff ? $"\\u{c:x4}" : $"\\U{c:x8}") result.Add((byte)ch);
                    continue;
                case "surrogateescape" when c >= 0xDC80 && c <= 0xDCFF:
                    result.Add((byte)(c - 0xDC00)); continue;
            }
            string reason = kind == Kind.Utf8 ? "surrogates not allowed" : $"ordinal not in range({limit})";
            var chRepr = c <= 0xff ? $"'\\x{c:x2}'" : c <= 0xffff ? $"'\\u{c:x4}'" : $"'\\U{c:x8}'";
            throw PyErr.New(ExceptionTypes.UnicodeEncodeError,
                $"'{Name(kind)}' codec can't encode character {chRepr} in position {cpIndex}: {reason}");
        }
        return result.ToArray();
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 0xD800 || c > 0xDFFF) continue;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            return true;
        }
        return false;
    }

    private static void AppendUtf8(List<byte> o, int c)
    {
        if (c < 0x80) o.Add((byte)c);
        else if (c < 0x800) { o.Add((byte)(0xC0 | (c >> 6))); o.Add((byte)(0x80 | (c & 0x3F))); }
        else if (c < 0x10000)
        {
            o.Add((byte)(0xE0 | (c >> 12))); o.Add((byte)(0x80 | ((c >> 6) & 0x3F))); o.Add((byte)(0x80 | (c & 0x3F)));
        }
        else
        {
            o.Add((byte)(0xF0 | (c >> 18))); o.Add((byte)(0x80 | ((c >> 12) & 0x3F)));
            o.Add((byte)(0x80 | ((c >> 6) & 0x3F))); o.Add((byte)(0x80 | (c & 0x3F)));
        }
    }

    public static string Decode(ReadOnlySpan<byte> data, string encoding, string errors)
    {
        var kind = Lookup(encoding);
        CheckErrors(errors);
        switch (kind)
        {
            case Kind.Latin1:
            {
                var chars = new char[data.Length];
                for (int i = 0; i < data.Length; i++) chars[i] = (char)data[i];
                return new string(chars);
            }
            case Kind.Ascii:
            {
                var sb = new StringBuilder(data.Length);
                for (int i = 0; i < data.Length; i++)
                {
                    byte b = data[i];
                    if (b < 0x80) { sb.Append((char)b); continue; }
                    if (!HandleDecodeError(sb, errors, data, i, i + 1, "ascii", "ordinal not in range(128)")) continue;
                }
                return sb.ToString();
            }
            default:
                return DecodeUtf8(data, errors);
        }
    }

    /// <summary>Applies the error handler to the bad bytes [start, end); strict raises.</summary>
    private static bool HandleDecodeError(StringBuilder sb, string errors, ReadOnlySpan<byte> data, int start, int end,
        string codec, string reason)
    {
        switch (errors)
        {
            case "ignore": return false;
            case "replace": sb.Append('\uFFFD'); return false;
            case "surrogateescape":
                for (int k = start; k < end; k++) sb.Append((char)(0xDC00 + data[k]));
                return false;
            case "backslashreplace":
                for (int k = start; k < end; k++) sb.Append("\\x").Append(data[k].ToString("x2"));
                return false;
        }
        string pos = end - start == 1 ? $"byte 0x{data[start]:x2} in position {start}" : $"bytes in position {start}-{end - 1}";
        throw PyErr.New(ExceptionTypes.UnicodeDecodeError, $"'{codec}' codec can't decode {pos}: {reason}");
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> data, string errors)
    {
        var sb = new StringBuilder(data.Length);
        int i = 0, n = data.Length;
        while (i < n)
        {
            byte b = data[i];
            if (b < 0x80) { sb.Append((char)b); i++; continue; }
            int need, cp;
            if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
            else if (b >= 0xE0 && b <= 0xEF) { need = 2; cp = b & 0x0F; }
            else if (b >= 0xF0 && b <= 0xF4) { need = 3; cp = b & 0x07; }
            else { HandleDecodeError(sb, errors, data, i, i + 1, "utf-8", "invalid start byte"); i++; continue; }
            int j = i + 1;
            bool ok = true;
            for (int k = 0; k < need; k++, j++)
            {
                if (j >= n)
                {
                    HandleDecodeError(sb, errors, data, i, j, "utf-8", "unexpected end of data");
                    ok = false; break;
                }
                byte c = data[j];
                // The second byte's valid range depends on the lead byte (no overlongs, surrogates, > U+10FFFF).
                byte lo = 0x80, hi = 0xBF;
                if (k == 0)
                {
                    if (b == 0xE0) lo = 0xA0;
                    else if (b == 0xED) hi = 0x9F;
                    else if (b == 0xF0) lo = 0x90;
                    else if (b == 0xF4) hi = 0x8F;
                }
                if (c < lo || c > hi)
                {
                    HandleDecodeError(sb, errors, data, i, j, "utf-8", "invalid continuation byte");
                    ok = false; break;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (!ok) { i = j >= n ? n : j; if (i == data.Length) break; continue; }
            UnicodeInfo.AppendCp(sb, cp);
            i = j;
        }
        return sb.ToString();
    }
}
