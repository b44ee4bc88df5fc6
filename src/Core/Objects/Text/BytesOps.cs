// Operations shared by bytes and bytearray (CPython's Objects/bytes_methods.c): repr, searching,
// splitting, stripping, case mapping, hex conversion and argument coercion to bytes-like data.
namespace GilRuntime.Core.Objects;

using System.Text;

internal static class BytesOps
{
    /// <summary>The bytes of a bytes-like object, or null when <paramref name="o"/> is not one.</summary>
    public static byte[]? AsBytes(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray a => a.Span.ToArray(),
        _ => null,
    };

    public static ReadOnlySpan<byte> AsSpanOrNull(PyObject o, out bool ok)
    {
        ok = true;
        switch (o)
        {
            case PyBytes b: return b.Value;
            case PyByteArray a: return a.Span;
        }
        ok = false;
        return default;
    }

    public static byte[] RequireBytes(PyObject o) =>
        AsBytes(o) ?? throw PyErr.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    /// <summary>bytes repr; bytearray's (alwaysEscapeSingle) escapes ' even inside double quotes, as CPython does.</summary>
    public static string Repr(ReadOnlySpan<byte> data, string prefix = "b", bool alwaysEscapeSingle = false)
    {
        bool hasSingle = data.IndexOf((byte)'\'') >= 0, hasDouble = data.IndexOf((byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(data.Length + 3);
        sb.Append(prefix).Append(quote);
        foreach (byte c in data)
        {
            if (c == quote || c == '\\' || (alwaysEscapeSingle && c == '\'')) sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 0x20 || c >= 0x7f) sb.Append("\\x").Append(c.ToString("x2"));
            else sb.Append((char)c);
        }
        return sb.Append(quote).ToString();
    }

    /// <summary>A byte value from an int-like object ("byte must be in range(0, 256)").</summary>
    public static byte ByteValue(PyObject o, string rangeMessage = "byte must be in range(0, 256)")
    {
        var i = Ops.Index(o);
        if (!i.IsSmall || i.Value < 0 || i.Value > 255) throw PyErr.ValueError(rangeMessage);
        return (byte)i.Value;
    }

    /// <summary>The needle of find/count/index/in: bytes-like or an int byte value.</summary>
    public static byte[] Needle(PyObject o)
    {
        var b = AsBytes(o);
        if (b is not null) return b;
        if (o.Index() is not null) return [ByteValue(o)];
        throw PyErr.TypeError($"argument should be integer or bytes-like object, not '{o.Type.Name}'");
    }

    public static long Find(ReadOnlySpan<byte> hay, byte[] needle, long start, long end, bool reverse)
    {
        SeqUtil.AdjustIndices(ref start, ref end, hay.Length);
        if (end - start < needle.Length) return -1;
        var window = hay.Slice((int)start, (int)(end - start));
        int r = reverse ? window.LastIndexOf(needle) : window.IndexOf(needle);
        return r < 0 ? -1 : r + start;
    }

    public static long Count(ReadOnlySpan<byte> hay, byte[] needle, long start, long end)
    {
        SeqUtil.AdjustIndices(ref start, ref end, hay.Length);
        if (end - start < needle.Length) return 0;
        var window = hay.Slice((int)start, (int)(end - start));
        if (needle.Length == 0) return window.Length + 1;
        long n = 0;
        int pos = 0;
        while (true)
        {
            int r = window[pos..].IndexOf(needle);
            if (r < 0) return n;
            n++;
            pos += r + needle.Length;
        }
    }

    public static byte[] Replace(ReadOnlySpan<byte> s, byte[] old, byte[] @new, long count)
    {
        if (count < 0) count = long.MaxValue;
        var o = new List<byte>(s.Length);
        if (old.Length == 0)
        {
            long done = 0;
            for (int i = 0; i <= s.Length; i++)
            {
                if (done < count) { o.AddRange(@new); done++; }
                if (i < s.Length) o.Add(s[i]);
            }
            return o.ToArray();
        }
        int pos = 0;
        long k = 0;
        while (k < count)
        {
            int r = s[pos..].IndexOf(old);
            if (r < 0) break;
            o.AddRange(s.Slice(pos, r).ToArray());
            o.AddRange(@new);
            pos += r + old.Length;
            k++;
        }
        o.AddRange(s[pos..].ToArray());
        return o.ToArray();
    }

    public static bool IsSpace(byte c) => c == ' ' || (c >= 9 && c <= 13);

    public static List<byte[]> Split(ReadOnlySpan<byte> s, byte[]? sep, long maxsplit)
    {
        var r = new List<byte[]>();
        if (maxsplit < 0) maxsplit = long.MaxValue;
        if (sep is null)
        {
            int i = 0, n = s.Length;
            while (true)
            {
                while (i < n && IsSpace(s[i])) i++;
                if (i >= n) break;
                if (maxsplit-- == 0) { r.Add(s[i..n].ToArray()); break; }
                int j = i;
                while (j < n && !IsSpace(s[j])) j++;
                r.Add(s[i..j].ToArray());
                i = j;
            }
            return r;
        }
        if (sep.Length == 0) throw PyErr.ValueError("empty separator");
        int pos = 0;
        while (maxsplit-- > 0)
        {
            int k = s[pos..].IndexOf(sep);
            if (k < 0) break;
            r.Add(s.Slice(pos, k).ToArray());
            pos += k + sep.Length;
        }
        r.Add(s[pos..].ToArray());
        return r;
    }

    public static byte[] Strip(ReadOnlySpan<byte> s, byte[]? chars, bool left, bool right)
    {
        int i = 0, j = s.Length;
        bool Strippable(byte c) => chars is null ? IsSpace(c) : Array.IndexOf(chars, c) >= 0;
        if (left) while (i < j && Strippable(s[i])) i++;
        if (right) while (j > i && Strippable(s[j - 1])) j--;
        return s[i..j].ToArray();
    }

    public static byte[] Upper(ReadOnlySpan<byte> s)
    {
        var r = s.ToArray();
        for (int i = 0; i < r.Length; i++) if (r[i] >= 'a' && r[i] <= 'z') r[i] -= 32;
        return r;
    }

    public static byte[] Lower(ReadOnlySpan<byte> s)
    {
        var r = s.ToArray();
        for (int i = 0; i < r.Length; i++) if (r[i] >= 'A' && r[i] <= 'Z') r[i] += 32;
        return r;
    }

    public static string Hex(ReadOnlySpan<byte> s, string? sep = null, long bytesPerSep = 1)
    {
        if (sep is null || s.Length == 0) return Convert.ToHexString(s).ToLowerInvariant();
        var sb = new StringBuilder();
        long group = Math.Abs(bytesPerSep);
        if (group == 0) return Convert.ToHexString(s).ToLowerInvariant();
        // Positive counts group from the right, negative from the left.
        int n = s.Length;
        for (int i = 0; i < n; i++)
        {
            if (i > 0)
            {
                long fromLeft = i, fromRight = n - i;
                if ((bytesPerSep > 0 ? fromRight % group : fromLeft % group) == 0) sb.Append(sep);
            }
            sb.Append(s[i].ToString("x2"));
        }
        return sb.ToString();
    }

    public static byte[] FromHex(string s)
    {
        var o = new List<byte>(s.Length / 2);
        int i = 0;
        while (i < s.Length)
        {
            if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f') { i++; continue; }
            int hi = HexVal(s[i]);
            if (hi < 0) throw PyErr.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
            if (i + 1 >= s.Length || HexVal(s[i + 1]) < 0)
                throw PyErr.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            o.Add((byte)(hi * 16 + HexVal(s[i + 1])));
            i += 2;
        }
        return o.ToArray();
    }

    private static int HexVal(char c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    public static byte[] Join(ReadOnlySpan<byte> sep, PyObject iterable)
    {
        var items = Ops.ToClrList(iterable);
        var o = new List<byte>();
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) o.AddRange(sep.ToArray());
            var b = AsBytes(items[i]) ?? throw PyErr.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
            o.AddRange(b);
        }
        return o.ToArray();
    }

    /// <summary>startswith/endswith with a bytes-like prefix or a tuple of them.</summary>
    public static bool StartsEnds(ReadOnlySpan<byte> s, PyObject prefix, long start, long end, bool ends, string fname)
    {
        SeqUtil.AdjustIndices(ref start, ref end, s.Length);
        if (prefix is PyTuple t)
        {
            foreach (var p in t.Items) if (StartsEnds(s, p, start, end, ends, fname)) return true;
            return false;
        }
        var b = AsBytes(prefix) ?? throw PyErr.TypeError($"{fname} first arg must be bytes or a tuple of bytes, not {prefix.Type.Name}");
        if (start > s.Length) return false;
        if (end - start < b.Length) return false;
        var window = s.Slice((int)start, (int)(end - start));
        return ends ? window.EndsWith(b) : window.StartsWith(b);
    }

    /// <summary>The contents of bytes(x) / bytearray(x) for the one-argument forms.</summary>
    public static byte[] FromObject(PyObject o, string rangeMessage)
    {
        switch (o)
        {
            case PyBytes b: return (byte[])b.Value.Clone();
            case PyByteArray a: return a.Span.ToArray();
            case PyStr: throw PyErr.TypeError("string argument without an encoding");
        }
        if (o is PyInt || o.Index() is not null)
        {
            long n = Ops.AsIndex(o);
            if (n < 0) throw PyErr.ValueError("negative count");
            return new byte[n];
        }
        PyObject it;
        try { it = o.Iter(); }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError)
        {
            throw PyErr.TypeError($"cannot convert '{o.Type.Name}' object to bytes");
        }
        var r = new List<byte>();
        for (var x = it.Next(); x is not null; x = it.Next()) r.Add(ByteValue(x, rangeMessage));
        return r.ToArray();
    }

    private static readonly string[] s_ctorNames = ["source", "encoding", "errors"];

    public static byte[] Construct(string fname, ReadOnlySpan<PyObject> args, PyTuple? kw, string rangeMessage)
    {
        var a = ArgParser.Bind(fname, args, kw, s_ctorNames, 0);
        if (a[0] is null)
        {
            if (a[1] is not null || a[2] is not null) throw PyErr.TypeError(a[1] is not null ? "encoding without a string argument" : "errors without a string argument");
            return [];
        }
        if (a[1] is not null || a[2] is not null)
        {
            if (a[0] is not PyStr s) throw PyErr.TypeError(a[1] is not null ? "encoding without a string argument" : "errors without a string argument");
            var enc = a[1] is null ? "utf-8" : PyStr.ArgStr(fname, "encoding", a[1]!);
            var err = a[2] is null ? "strict" : PyStr.ArgStr(fname, "errors", a[2]!);
            return Codecs.Encode(s, enc, err);
        }
        return FromObject(a[0]!, rangeMessage);
    }
}
