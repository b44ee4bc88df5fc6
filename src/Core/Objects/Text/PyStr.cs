// str: an immutable sequence of code points, held as a .NET (UTF-16) string. Python counts code points,
// so a string containing surrogate pairs keeps a lazily built table of code-point offsets; the common
// case (no pairs) is detected once and uses UTF-16 indices directly. One-character Latin-1 strings are
// cached, hashes are cached, and comparisons are ordinal by code point.
namespace GilRuntime.Core.Objects;

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

public partial class PyStr : PyObject
{
    // Order matters: registering the methods interns their names, so the intern table comes first.
    private static readonly ConcurrentDictionary<string, PyStr> s_interned = new();
    private static readonly PyStr[] s_latin1 = MakeLatin1();
    public static readonly PyStr Empty = new("");
    public static readonly PyType TypeObject = CreateType();

    public string Value { get; }

    private long _hash;
    private bool _hashed;
    // 0 = not computed; bit 1 = computed, bit 2 = has surrogate pairs, bit 4 = ASCII only.
    private byte _flags;
    /// <summary>UTF-16 offset of every code point, plus Value.Length at the end (only with surrogate pairs).</summary>
    private int[]? _offsets;

    protected PyStr(string value) { Value = value; }

    private static PyStr[] MakeLatin1()
    {
        var a = new PyStr[256];
        for (int i = 0; i < 256; i++) a[i] = new PyStr(((char)i).ToString());
        return a;
    }

    public static PyStr From(string s)
    {
        if (s.Length == 0) return Empty;
        if (s.Length == 1 && s[0] < 256) return s_latin1[s[0]];
        return new PyStr(s);
    }

    /// <summary>The one-character string for a UTF-16 unit (cached for Latin-1).</summary>
    public static PyStr FromChar(char c) => c < 256 ? s_latin1[c] : new PyStr(c.ToString());

    /// <summary>The one-character string for a code point.</summary>
    public static PyStr FromCodePoint(int cp) => cp < 256 ? s_latin1[cp] : new PyStr(cp <= 0xFFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp));

    /// <summary>sys.intern: one PyStr per distinct string (identifiers, attribute names).</summary>
    public static PyStr Intern(string s) => s_interned.GetOrAdd(s, static k => new PyStr(k));

    public override PyType Type => TypeObject;
    public override string Str() => Value;
    public override bool IsTrue() => Value.Length != 0;
    public override bool HasLength => true;
    public override long Length() => CodePointCount;

    // ---- code points ----------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Flags() => _flags != 0 ? _flags : ComputeFlags();

    private byte ComputeFlags()
    {
        var s = Value;
        bool ascii = true, pairs = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= 128)
            {
                ascii = false;
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { pairs = true; break; }
            }
        }
        byte f = (byte)(1 | (pairs ? 2 : 0) | (ascii ? 4 : 0));
        if (pairs)
        {
            var offs = new List<int>(s.Length);
            for (int i = 0; i < s.Length; i++)
            {
                offs.Add(i);
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            }
            offs.Add(s.Length);
            _offsets = offs.ToArray();
        }
        _flags = f;
        return f;
    }

    /// <summary>True when the string contains surrogate pairs (code points above U+FFFF).</summary>
    public bool HasSurrogatePairs => (Flags() & 2) != 0;
    public bool IsAscii => (Flags() & 4) != 0;

    /// <summary>len(): the number of code points.</summary>
    public int CodePointCount => (Flags() & 2) == 0 ? Value.Length : _offsets!.Length - 1;

    /// <summary>UTF-16 offset of code point index <paramref name="cp"/> (0..CodePointCount).</summary>
    internal int CpToUtf16(long cp) => (Flags() & 2) == 0 ? (int)cp : _offsets![cp];

    /// <summary>Code point index of UTF-16 offset <paramref name="off"/>.</summary>
    internal int Utf16ToCp(int off)
    {
        if ((Flags() & 2) == 0) return off;
        int i = Array.BinarySearch(_offsets!, off);
        return i >= 0 ? i : ~i;
    }

    /// <summary>The code point at code point index <paramref name="i"/>.</summary>
    internal int CodePointAt(int i)
    {
        if ((Flags() & 2) == 0) return Value[i];
        int o = _offsets![i];
        return _offsets[i + 1] - o == 2 ? char.ConvertToUtf32(Value[o], Value[o + 1]) : Value[o];
    }

    /// <summary>Reads the code point at UTF-16 index i and advances i past it.</summary>
    internal static int NextCp(string s, ref int i)
    {
        char c = s[i++];
        if (char.IsHighSurrogate(c) && i < s.Length && char.IsLowSurrogate(s[i])) return char.ConvertToUtf32(c, s[i++]);
        return c;
    }

    // ---- hash and comparison ----------------------------------------------------------------------------

    /// <summary>
    /// Hash() without the virtual call when this is an exact str whose hash is cached: dict lookups by
    /// name (globals, attributes, module-level variables) take it on every access.
    /// </summary>
    internal long CachedHash
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _hashed && GetType() == typeof(PyStr) ? _hash : Hash();
    }

    public override long Hash()
    {
        if (_hashed) return _hash;
        // Any good hash consistent with equality (CPython's is randomized too); never -1.
        ulong h = 14695981039346656037UL;
        unchecked
        {
            foreach (char c in Value) { h ^= c; h *= 1099511628211UL; }
            h ^= h >> 29;
        }
        long r = (long)h;
        if (r == -1) r = -2;
        _hash = r;
        _hashed = true;
        return r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool EqualsStr(PyStr other) =>
        ReferenceEquals(this, other) || (Value.Length == other.Value.Length && (!_hashed || !other._hashed || _hash == other._hash)
            && string.Equals(Value, other.Value));

    /// <summary>Ordinal comparison by code point (UTF-16 order differs above U+FFFF).</summary>
    public static int CompareCodePoints(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            char x = a[i], y = b[i];
            if (x == y) continue;
            // Surrogates (0xD800-0xDFFF) sort above the BMP characters 0xE000-0xFFFF in code point order.
            if (x >= 0xD800 && y >= 0xD800)
            {
                int fx = x >= 0xE000 ? x - 0x800 : x + 0x2000;
                int fy = y >= 0xE000 ? y - 0x800 : y + 0x2000;
                return fx.CompareTo(fy);
            }
            return x.CompareTo(y);
        }
        return a.Length.CompareTo(b.Length);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyStr s) return Py.NotImplemented;
        switch (op)
        {
            case CompareOp.Eq: return Py.Bool(EqualsStr(s));
            case CompareOp.Ne: return Py.Bool(!EqualsStr(s));
        }
        int c = CompareCodePoints(Value, s.Value);
        return Py.Bool(op switch { CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Gt => c > 0, _ => c >= 0 });
    }

    // ---- repr ---------------------------------------------------------------------------------------------

    public override string Repr() => ReprOf(Value);

    /// <summary>unicode_repr: quotes chosen as CPython chooses them, escapes for non-printable characters.</summary>
    public static string ReprOf(string s)
    {
        bool hasSingle = s.Contains('\''), hasDouble = s.Contains('"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new System.Text.StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length;)
        {
            int c = NextCp(s, ref i);
            if (c == quote || c == '\\') { sb.Append('\\').Append((char)c); continue; }
            switch (c)
            {
                case '\t': sb.Append("\\t"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
            }
            if (c < 0x20 || c == 0x7f) { sb.Append("\\x").Append(c.ToString("x2")); continue; }
            if (c < 0x7f) { sb.Append((char)c); continue; }
            if (UnicodeInfo.IsPrintable(c)) { UnicodeInfo.AppendCp(sb, c); continue; }
            if (c <= 0xff) sb.Append("\\x").Append(c.ToString("x2"));
            else if (c <= 0xffff) sb.Append("\\u").Append(c.ToString("x4"));
            else sb.Append("\\U").Append(c.ToString("x8"));
        }
        sb.Append(quote);
        return sb.ToString();
    }

    // ---- sequence protocol ----------------------------------------------------------------------------

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt || key.Index() is not null)
        {
            var idx = Ops.Index(key);
            if (!idx.IsSmall) throw PyErr.IndexError("cannot fit 'int' into an index-sized integer");
            long i = idx.Value;
            int n = CodePointCount;
            if (i < 0) i += n;
            if ((ulong)i >= (ulong)n) throw PyErr.IndexError("string index out of range");
            return (Flags() & 2) == 0 ? FromChar(Value[(int)i]) : FromCodePoint(CodePointAt((int)i));
        }
        if (key is PySlice s) return Slice(s);
        throw PyErr.TypeError($"string indices must be integers, not '{key.Type.Name}'");
    }

    private PyStr Slice(PySlice s)
    {
        s.GetIndices(CodePointCount, out long start, out _, out long step, out long n);
        if (n <= 0) return Empty;
        if ((Flags() & 2) == 0)
        {
            if (step == 1) return n == Value.Length ? this : From(Value.Substring((int)start, (int)n));
            var chars = new char[n];
            for (long k = 0, j = start; k < n; k++, j += step) chars[k] = Value[(int)j];
            return From(new string(chars));
        }
        if (step == 1)
        {
            int a = CpToUtf16(start), b = CpToUtf16(start + n);
            return From(Value.Substring(a, b - a));
        }
        var sb = new System.Text.StringBuilder((int)n);
        for (long k = 0, j = start; k < n; k++, j += step) UnicodeInfo.AppendCp(sb, CodePointAt((int)j));
        return From(sb.ToString());
    }

    /// <summary>Substring by code point indices [start, end).</summary>
    internal string SubstringCp(long start, long end)
    {
        int a = CpToUtf16(start), b = CpToUtf16(end);
        return Value.Substring(a, b - a);
    }

    public override void DelItem(PyObject key) =>
        throw PyErr.TypeError($"'{Type.Name}' object doesn't support item deletion");

    public override bool Contains(PyObject item)
    {
        if (item is not PyStr s)
            throw PyErr.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
        return Value.Contains(s.Value, StringComparison.Ordinal);
    }

    public override PyObject Iter() => new PyStrIterator(this);

    public override PyObject? SequenceConcat(PyObject other)
    {
        if (other is not PyStr s)
            throw PyErr.TypeError($"can only concatenate str (not \"{other.Type.Name}\") to str");
        if (s.Value.Length == 0) return this;
        if (Value.Length == 0) return s;
        return new PyStr(string.Concat(Value, s.Value));
    }

    public override PyObject? SequenceRepeat(long count)
    {
        if (count <= 0 || Value.Length == 0) return Empty;
        if (count == 1) return this;
        if (count > int.MaxValue / Value.Length) throw PyErr.OverflowError("repeated string is too long");
        if (Value.Length == 1) return new PyStr(new string(Value[0], (int)count));
        var sb = new System.Text.StringBuilder(Value.Length * (int)count);
        for (long i = 0; i < count; i++) sb.Append(Value);
        return new PyStr(sb.ToString());
    }

    public override PyObject BinaryOp(BinaryOp op, PyObject other)
    {
        if (op == Objects.BinaryOp.Remainder) return From(PercentFormat.Format(Value, other));
        return Py.NotImplemented;
    }

    public override string Format(string spec) => NumberFormat.FormatStr(Value, spec);

    // ---- constructor --------------------------------------------------------------------------------------
    private static readonly string[] s_newNames = ["object", "encoding", "errors"];

    private static PyObject NewStr(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (args.Length == 0) return Empty;
        var a = ArgParser.Bind("str", args, kw, s_newNames, 0);
        if (a[1] is null && a[2] is null) return a[0] is null ? Empty : From(Ops.Str(a[0]!));
        var encoding = a[1] is null ? "utf-8" : ArgStr("str", "encoding", a[1]!);
        var errors = a[2] is null ? "strict" : ArgStr("str", "errors", a[2]!);
        var o = a[0] ?? PyBytes.Empty;
        byte[] data = o switch
        {
            PyBytes b => b.Value,
            PyByteArray ba => ba.Span.ToArray(),
            _ => throw PyErr.TypeError($"decoding to str: need a bytes-like object, {o.Type.Name} found"),
        };
        return From(Codecs.Decode(data, encoding, errors));
    }

    internal static string ArgStr(string fname, string argName, PyObject o) =>
        o is PyStr s ? s.Value : throw PyErr.TypeError($"{fname}() argument '{argName}' must be str, not {o.Type.Name}");
}
