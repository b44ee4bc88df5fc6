// The string a pattern is applied to. .NET regexes run over UTF-16 text, Python positions count code
// points (str) or bytes: a str with surrogate pairs needs its indices converted, and bytes are run as
// their Latin-1 decoding (one char per byte) and sliced back into bytes.
namespace GilRuntime.Core.Modules.Re;

using GilRuntime.Core.Objects;

internal sealed class ReSubject
{
    public readonly PyObject Original;
    public readonly string Text;
    public readonly bool IsBytes;
    private readonly PyStr? _str; // set only when the str has surrogate pairs

    private ReSubject(PyObject original, string text, bool isBytes, PyStr? str)
    {
        Original = original;
        Text = text;
        IsBytes = isBytes;
        _str = str;
    }

    /// <summary>Wraps a str or bytes-like object; anything else is the TypeError CPython raises.</summary>
    public static ReSubject From(PyObject o, bool patternIsBytes)
    {
        switch (o)
        {
            case PyStr s:
                if (patternIsBytes) throw PyErr.TypeError("cannot use a bytes pattern on a string-like object");
                return new ReSubject(s, s.Value, false, s.HasSurrogatePairs ? s : null);
            case PyBytes or PyByteArray:
                {
                    if (!patternIsBytes) throw PyErr.TypeError("cannot use a string pattern on a bytes-like object");
                    var data = BytesOps.AsSpanOrNull(o, out _);
                    return new ReSubject(o, Latin1(data), true, null);
                }
        }
        throw PyErr.TypeError($"expected string or bytes-like object, got '{o.Type.Name}'");
    }

    internal static string Latin1(ReadOnlySpan<byte> data) => string.Create(data.Length, data.ToArray(), static (span, d) =>
    {
        for (int i = 0; i < d.Length; i++) span[i] = (char)d[i];
    });

    internal static byte[] ToLatin1Bytes(ReadOnlySpan<char> s)
    {
        var b = new byte[s.Length];
        for (int i = 0; i < s.Length; i++) b[i] = (byte)s[i];
        return b;
    }

    /// <summary>len() in Python units.</summary>
    public int Length => _str is null ? Text.Length : _str.CodePointCount;

    public int ToUtf16(int pos) => _str is null ? pos : _str.CpToUtf16(pos);
    public int FromUtf16(int off) => _str is null ? off : _str.Utf16ToCp(off);

    /// <summary>The text between two UTF-16 offsets, as str or bytes like the subject.</summary>
    public PyObject Slice(int start, int end)
    {
        if (IsBytes) return PyBytes.From(ToLatin1Bytes(Text.AsSpan(start, end - start)));
        if (start == 0 && end == Text.Length && Original is PyStr s) return s;
        return PyStr.From(Text.Substring(start, end - start));
    }

    public PyObject Empty => IsBytes ? PyBytes.Empty : PyStr.Empty;
}
