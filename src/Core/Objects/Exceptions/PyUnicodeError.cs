// UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError with their position fields
// (encoding, object, start, end, reason), parsed by __init__ as CPython's UnicodeXError_init does.
namespace GilRuntime.Core.Objects;

public sealed class PyUnicodeError : PyBaseException
{
    public PyObject Encoding = Py.None;
    public PyObject Object = Py.None;
    public PyObject Start = Py.None;
    public PyObject End = Py.None;
    public PyObject Reason = Py.None;
    private bool _parsed;

    public PyUnicodeError(PyType type, PyTuple args) : base(type, args)
    {
        TryParse(args);
    }

    private bool IsTranslate => Type.IsSubtype(ExceptionTypes.UnicodeTranslateError);
    private bool IsDecode => Type.IsSubtype(ExceptionTypes.UnicodeDecodeError);

    private void TryParse(PyTuple args)
    {
        try { Parse(args.Items); } catch (PyException) { }
    }

    private bool IsEncode => Type.IsSubtype(ExceptionTypes.UnicodeEncodeError);

    private void Parse(ReadOnlySpan<PyObject> a)
    {
        _parsed = false;
        if (!IsTranslate && !IsDecode && !IsEncode) return; // plain UnicodeError: BaseException_init only
        if (IsTranslate)
        {
            if (a.Length != 4) throw PyErr.TypeError($"function takes exactly 4 arguments ({a.Length} given)");
            Object = Expect<PyStr>(a[0], 1, "str");
            Start = Expect<PyInt>(a[1], 2, "int");
            End = Expect<PyInt>(a[2], 3, "int");
            Reason = Expect<PyStr>(a[3], 4, "str");
        }
        else
        {
            if (a.Length != 5) throw PyErr.TypeError($"function takes exactly 5 arguments ({a.Length} given)");
            Encoding = Expect<PyStr>(a[0], 1, "str");
            Object = IsDecode ? (a[1] is PyBytes ? a[1] : a[1] is PyByteArray ba ? new PyBytes(ba.Span.ToArray())
                    : throw PyErr.TypeError($"argument 2 must be bytes-like object, not {a[1].Type.Name}"))
                : Expect<PyStr>(a[1], 2, "str");
            Start = Expect<PyInt>(a[2], 3, "int");
            End = Expect<PyInt>(a[3], 4, "int");
            Reason = Expect<PyStr>(a[4], 5, "str");
        }
        _parsed = true;
    }

    private static PyObject Expect<T>(PyObject o, int index, string what) where T : PyObject =>
        o is T ? o : throw PyErr.TypeError($"argument {index} must be {what}, not {o.Type.Name}");

    public override void Init(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        base.Init(args, kwnames);
        Parse(args);
    }

    public override string ExceptionStr()
    {
        if (!_parsed) return base.ExceptionStr();
        long start = Start is PyInt { IsSmall: true } s ? s.Value : 0;
        long end = End is PyInt { IsSmall: true } e ? e.Value : 0;
        var reason = Ops.Str(Reason);
        var enc = IsTranslate ? "" : Ops.Str(Encoding);
        if (IsDecode)
        {
            var b = ((PyBytes)Object).Value;
            if (end == start + 1 && start >= 0 && start < b.Length)
                return $"'{enc}' codec can't decode byte 0x{b[start]:x2} in position {start}: {reason}";
            return $"'{enc}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        }
        var verb = IsTranslate ? "can't translate" : $"'{enc}' codec can't encode";
        var str = ((PyStr)Object).Value;
        if (end == start + 1 && start >= 0 && CodePointAt(str, start) is int cp and >= 0)
        {
            var ch = cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}";
            return $"{verb} character '{ch}' in position {start}: {reason}";
        }
        return $"{verb} characters in position {start}-{end - 1}: {reason}";
    }

    /// <summary>The code point at code-point index <paramref name="index"/>, or -1 when out of range.</summary>
    private static int CodePointAt(string s, long index)
    {
        long k = 0;
        for (int i = 0; i < s.Length; i++, k++)
        {
            int cp = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
                ? char.ConvertToUtf32(s[i], s[++i]) : s[i];
            if (k == index) return cp;
        }
        return -1;
    }
}
