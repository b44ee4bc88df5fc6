// Unicode character names for \N{...} escapes. The table (UnicodeNames.Data.cs) is generated from
// CPython 3.11's unicodedata and holds every named code point except the algorithmically named
// ideographs and Hangul syllables, which are computed here. Lookup is case-insensitive like
// CPython's. Not supported: name aliases (NameAliases.txt, e.g. \N{LINE FEED}) and named sequences.
namespace GilRuntime.Core.Compiler.Tokenizing;

using System.IO.Compression;
using System.Text;

internal static partial class UnicodeNames
{
    private static Dictionary<string, int>? s_table;
    private static readonly object s_lock = new();

    private static readonly (string Prefix, (int Lo, int Hi)[] Ranges)[] s_algorithmic =
    [
        ("CJK UNIFIED IDEOGRAPH-", [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2A6DF), (0x2A700, 0x2B738),
            (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0), (0x30000, 0x3134A)]),
        ("CJK COMPATIBILITY IDEOGRAPH-", [(0xF900, 0xFA6D), (0xFA70, 0xFAD9), (0x2F800, 0x2FA1D)]),
        ("KHITAN SMALL SCRIPT CHARACTER-", [(0x18B00, 0x18CD5)]),
        ("NUSHU CHARACTER-", [(0x1B170, 0x1B2FB)]),
    ];

    private static readonly string[] s_jamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] s_jamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] s_jamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    /// <summary>The code point named <paramref name="name"/>, or -1.</summary>
    public static int Lookup(string name)
    {
        name = name.ToUpperInvariant();
        foreach (var (prefix, ranges) in s_algorithmic)
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var hex = name.AsSpan(prefix.Length);
            if (hex.Length is < 4 or > 5 || !int.TryParse(hex, System.Globalization.NumberStyles.AllowHexSpecifier, null, out int cp))
                return -1;
            foreach (var (lo, hi) in ranges) if (cp >= lo && cp <= hi) return cp;
            return -1;
        }
        if (name.StartsWith("HANGUL SYLLABLE ", StringComparison.Ordinal)) return Hangul(name.Substring(16));
        var table = s_table ?? Load();
        return table.TryGetValue(name, out int v) ? v : -1;
    }

    private static int Hangul(string s)
    {
        for (int l = 0; l < s_jamoL.Length; l++)
        {
            if (!s.StartsWith(s_jamoL[l], StringComparison.Ordinal)) continue;
            for (int v = 0; v < s_jamoV.Length; v++)
            {
                if (string.CompareOrdinal(s, s_jamoL[l].Length, s_jamoV[v], 0, s_jamoV[v].Length) != 0) continue;
                string rest = s.Substring(s_jamoL[l].Length + s_jamoV[v].Length);
                for (int t = 0; t < s_jamoT.Length; t++)
                    if (rest == s_jamoT[t]) return 0xAC00 + (l * 21 + v) * 28 + t;
            }
        }
        return -1;
    }

    private static Dictionary<int, string>? s_nfkc;

    /// <summary>NFKC-normalizes an identifier (PEP 3131), character by character from a table generated
    /// from CPython's unicodedata. Canonical composition of decomposed sequences (a letter followed by a
    /// combining mark) is not done; CPython would compose them.</summary>
    public static string NormalizeIdentifier(string name)
    {
        var map = s_nfkc ?? LoadNfkc();
        StringBuilder? sb = null;
        for (int i = 0; i < name.Length; i++)
        {
            int cp = char.IsHighSurrogate(name[i]) && i + 1 < name.Length ? char.ConvertToUtf32(name[i], name[i + 1]) : name[i];
            int w = cp > 0xFFFF ? 2 : 1;
            if (cp >= 128 && map.TryGetValue(cp, out var rep))
            {
                sb ??= new StringBuilder(name, 0, i, name.Length + 8);
                sb.Append(rep);
            }
            else sb?.Append(name, i, w);
            i += w - 1;
        }
        return sb?.ToString() ?? name;
    }

    private static Dictionary<int, string> LoadNfkc()
    {
        lock (s_lock)
        {
            if (s_nfkc is not null) return s_nfkc;
            var d = new Dictionary<int, string>(4000);
            foreach (var line in Unzip(NfkcData).Split('\n'))
            {
                var parts = line.Split(' ');
                var sb = new StringBuilder();
                for (int k = 1; k < parts.Length; k++) sb.Append(char.ConvertFromUtf32(Convert.ToInt32(parts[k], 16)));
                d[Convert.ToInt32(parts[0], 16)] = sb.ToString();
            }
            s_nfkc = d;
            return d;
        }
    }

    private static string Unzip(string b64)
    {
        using var ms = new MemoryStream(Convert.FromBase64String(b64));
        using var z = new GZipStream(ms, CompressionMode.Decompress);
        using var r = new StreamReader(z, Encoding.ASCII);
        return r.ReadToEnd();
    }

    private static Dictionary<string, int> Load()
    {
        lock (s_lock)
        {
            if (s_table is not null) return s_table;
            using var r = new StringReader(Unzip(Data));
            var d = new Dictionary<string, int>(40000, StringComparer.Ordinal);
            string? line;
            while ((line = r.ReadLine()) is not null)
            {
                int sp = line.IndexOf(' ');
                d[line.Substring(sp + 1)] = Convert.ToInt32(line.Substring(0, sp), 16);
            }
            s_table = d;
            return d;
        }
    }
}
