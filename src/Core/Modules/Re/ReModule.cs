// The re module (CPython's Lib/re/__init__.py): module-level functions compile through a cache of
// Pattern objects keyed by (type, pattern, flags), at most 512 entries, oldest dropped first as in
// re._compile; re.error carries msg, pattern, pos, lineno and colno.
namespace GilRuntime.Core.Modules.Re;

using System.Text;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class ReModule
{
    public static readonly PyType Error = MakeErrorType();

    private const int MaxCache = 512;
    private static readonly Dictionary<(bool, string, int), PyPattern> s_cache = new();
    private static readonly Queue<(bool, string, int)> s_cacheOrder = new();
    private static readonly object s_cacheLock = new();

    public static PyModule Create()
    {
        var m = new PyModule("re");
        foreach (var (name, v) in new (string, int)[]
        {
            ("A", 256), ("ASCII", 256), ("I", 2), ("IGNORECASE", 2), ("L", 4), ("LOCALE", 4), ("M", 8),
            ("MULTILINE", 8), ("S", 16), ("DOTALL", 16), ("U", 32), ("UNICODE", 32), ("X", 64), ("VERBOSE", 64),
            ("T", 1), ("TEMPLATE", 1), ("DEBUG", 128), ("NOFLAG", 0),
        })
            m.Add(name, new PyRegexFlag(v));
        m.Add("RegexFlag", PyRegexFlag.TypeObject);
        m.Add("error", Error);
        m.Add("Pattern", PyPattern.TypeObject);
        m.Add("Match", PyMatch.TypeObject);

        m.AddFunction("compile", static (a, k) =>
        {
            var p = ArgParser.Bind("compile", a, k, ["pattern", "flags"], 1);
            return Compile(p[0]!, p[1]);
        });
        AddSearch(m, "match", PyPattern.Mode.Match);
        AddSearch(m, "fullmatch", PyPattern.Mode.Full);
        AddSearch(m, "search", PyPattern.Mode.Search);
        m.AddFunction("findall", static (a, k) =>
        {
            var p = ArgParser.Bind("findall", a, k, ["pattern", "string", "flags"], 2);
            return Compile(p[0]!, p[2]).FindAll(p[1]!, 0, long.MaxValue);
        });
        m.AddFunction("finditer", static (a, k) =>
        {
            var p = ArgParser.Bind("finditer", a, k, ["pattern", "string", "flags"], 2);
            var pat = Compile(p[0]!, p[2]);
            return new PyMatchIterator(pat, new PyPattern.Scanner(pat, ReSubject.From(p[1]!, pat.IsBytes), 0, long.MaxValue));
        });
        m.AddFunction("sub", static (a, k) =>
        {
            var p = ArgParser.Bind("sub", a, k, ["pattern", "repl", "string", "count", "flags"], 3);
            return Compile(p[0]!, p[4]).Sub(p[1]!, p[2]!, PyPattern.IntArg(p[3], 0)).Item1;
        });
        m.AddFunction("subn", static (a, k) =>
        {
            var p = ArgParser.Bind("subn", a, k, ["pattern", "repl", "string", "count", "flags"], 3);
            var (r, n) = Compile(p[0]!, p[4]).Sub(p[1]!, p[2]!, PyPattern.IntArg(p[3], 0));
            return new PyTuple([r, PyInt.From(n)]);
        });
        m.AddFunction("split", static (a, k) =>
        {
            var p = ArgParser.Bind("split", a, k, ["pattern", "string", "maxsplit", "flags"], 2);
            return Compile(p[0]!, p[3]).Split(p[1]!, PyPattern.IntArg(p[2], 0));
        });
        m.AddFunction("escape", static (a, k) =>
        {
            var p = ArgParser.Bind("escape", a, k, ["pattern"], 1);
            return Escape(p[0]!);
        });
        m.AddFunction("purge", static (a, k) =>
        {
            ArgParser.Exactly("purge", a, k, 0);
            lock (s_cacheLock) { s_cache.Clear(); s_cacheOrder.Clear(); }
            return Py.None;
        });
        return m;
    }

    private static void AddSearch(PyModule m, string name, PyPattern.Mode mode)
    {
        string[] names = ["pattern", "string", "flags"];
        m.AddFunction(name, (a, k) =>
        {
            var p = ArgParser.Bind(name, a, k, names, 2);
            return Compile(p[0]!, p[2]).Run(mode, p[1]!, 0, long.MaxValue);
        });
    }

    /// <summary>re._compile: a Pattern passes through; str and bytes patterns go through the cache.</summary>
    public static PyPattern Compile(PyObject pattern, PyObject? flagsObj)
    {
        int flags = flagsObj is null ? 0 : (int)PyPattern.IntArg(flagsObj, 0);
        if (pattern is PyPattern pp)
        {
            if (flags != 0) throw PyErr.ValueError("cannot process flags argument with a compiled pattern");
            return pp;
        }
        bool isBytes;
        string text;
        switch (pattern)
        {
            case PyStr s: isBytes = false; text = s.Value; break;
            case PyBytes or PyByteArray: isBytes = true; text = ReSubject.Latin1(BytesOps.AsSpanOrNull(pattern, out _)); break;
            default: throw PyErr.TypeError("first argument must be string or compiled pattern");
        }
        var key = (isBytes, text, flags);
        lock (s_cacheLock)
        {
            if (s_cache.TryGetValue(key, out var cached)) return cached;
        }
        var compiled = new PyPattern(pattern is PyByteArray ? PyBytes.From(BytesOps.AsSpanOrNull(pattern, out _).ToArray()) : pattern,
            isBytes, text, flags);
        if ((flags & RegexTranslator.FlagDebug) != 0) return compiled;
        lock (s_cacheLock)
        {
            if (s_cache.Count >= MaxCache && s_cacheOrder.TryDequeue(out var oldest)) s_cache.Remove(oldest);
            if (s_cache.TryAdd(key, compiled)) s_cacheOrder.Enqueue(key);
        }
        return compiled;
    }

    private static PyObject Escape(PyObject pattern)
    {
        const string special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
        switch (pattern)
        {
            case PyStr s:
                {
                    var v = s.Value;
                    StringBuilder? sb = null;
                    for (int i = 0; i < v.Length; i++)
                    {
                        if (special.IndexOf(v[i]) >= 0)
                        {
                            sb ??= new StringBuilder(v, 0, i, v.Length + 8);
                            sb.Append('\\');
                        }
                        sb?.Append(v[i]);
                    }
                    return sb is null ? s : PyStr.From(sb.ToString());
                }
            case PyBytes or PyByteArray:
                {
                    var data = BytesOps.AsSpanOrNull(pattern, out _);
                    var outb = new List<byte>(data.Length + 8);
                    foreach (byte b in data)
                    {
                        if (b < 128 && special.IndexOf((char)b) >= 0) outb.Add((byte)'\\');
                        outb.Add(b);
                    }
                    return PyBytes.From(outb.ToArray());
                }
        }
        throw PyErr.TypeError($"decoding to str: need a bytes-like object, {pattern.Type.Name} found");
    }

    // ---- re.error ---------------------------------------------------------------------------------------

    private static PyType MakeErrorType()
    {
        var t = PyType.Builtin("error", typeof(PyBaseException), ExceptionTypes.Exception, static (type, args, kw) =>
        {
            var p = ArgParser.Bind("error", args, kw, ["msg", "pattern", "pos"], 1);
            long pos = p[2] is null or PyNone ? -1 : Ops.AsIndex(p[2]!);
            return Build(type, p[0]!, p[1] is PyNone ? null : p[1], pos);
        });
        t.Module = "re";
        return t;
    }

    private static PyBaseException Build(PyType type, PyObject msg, PyObject? pattern, long pos)
    {
        PyObject lineno = Py.None, colno = Py.None;
        string text = Ops.Str(msg);
        if (pattern is not null && pos >= 0)
        {
            text = $"{text} at position {pos}";
            string? p = pattern switch
            {
                PyStr s => s.Value,
                PyBytes or PyByteArray => ReSubject.Latin1(BytesOps.AsSpanOrNull(pattern, out _)),
                _ => null,
            };
            if (p is not null)
            {
                int upto = pattern is PyStr ps ? ps.CpToUtf16(Math.Min(pos, ps.CodePointCount)) : (int)Math.Min(pos, p.Length);
                int line = 1, lastNl = -1;
                for (int i = 0; i < upto; i++)
                    if (p[i] == '\n') { line++; lastNl = i; }
                long col = lastNl < 0 ? pos + 1 : pos - (pattern is PyStr ps2 ? ps2.Utf16ToCp(lastNl) : lastNl);
                lineno = PyInt.From(line);
                colno = PyInt.From(col);
                if (p.Contains('\n')) text = $"{text} (line {line}, column {col})";
            }
        }
        var e = ExceptionTypes.NewInstance(type, new PyTuple([PyStr.From(text)]));
        e.SetAttr(PyStr.Intern("msg"), msg);
        e.SetAttr(PyStr.Intern("pattern"), pattern ?? Py.None);
        e.SetAttr(PyStr.Intern("pos"), pos < 0 ? Py.None : PyInt.From(pos));
        e.SetAttr(PyStr.Intern("lineno"), lineno);
        e.SetAttr(PyStr.Intern("colno"), colno);
        return e;
    }

    /// <summary>A raisable re.error; <paramref name="pos"/> &lt; 0 or a null pattern means no position.</summary>
    internal static PyException MakeError(string msg, PyObject? pattern, long pos) =>
        new(Build(Error, PyStr.From(msg), pattern, pos));
}
