// The json module (CPython's Lib/json/__init__.py with the Modules/_json.c accelerator): dumps/dump
// build a JsonEncoder from the keyword arguments, loads/load a JsonDecoder; JSONDecodeError is the
// ValueError subclass carrying msg, doc, pos, lineno and colno.
namespace GilRuntime.Core.Modules.Json;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class JsonModule
{
    /// <summary>json.JSONDecodeError (defined in json.decoder, as in CPython).</summary>
    public static readonly PyType JSONDecodeError = MakeDecodeErrorType();

    public static PyModule Create()
    {
        var m = new PyModule("json");
        m.AddFunction("dumps", static (a, k) => PyStr.From(Dumps(a, k, "dumps", 1)));
        m.AddFunction("dump", static (a, k) =>
        {
            var text = Dumps(a, k, "dump", 2);
            Ops.CallMethod(a[1], "write", PyStr.From(text));
            return Py.None;
        });
        m.AddFunction("loads", static (a, k) => Loads(a, k, "loads", null));
        m.AddFunction("load", static (a, k) =>
        {
            int npos = a.Length - (k?.Count ?? 0);
            if (npos < 1) throw PyErr.TypeError("load() missing 1 required positional argument: 'fp'");
            var text = Ops.CallMethod(a[0], "read");
            return Loads(a, k, "load", text);
        });
        m.Add("JSONDecodeError", JSONDecodeError);
        return m;
    }

    // ---- JSONDecodeError ------------------------------------------------------------------------

    private static PyType MakeDecodeErrorType()
    {
        var t = PyType.Builtin("JSONDecodeError", typeof(PyBaseException), ExceptionTypes.ValueError, static (type, args, kw) =>
        {
            ArgParser.NoKeywords("JSONDecodeError", kw);
            if (args.Length != 3)
                throw PyErr.TypeError($"JSONDecodeError.__init__() missing {3 - Math.Min(args.Length, 3)} required positional argument(s)");
            if (args[1] is not PyStr doc) throw PyErr.TypeError($"expected str, got {args[1].Type.Name}");
            return Build(type, args[0], doc, Ops.AsIndex(args[2]));
        });
        t.Module = "json.decoder";
        return t;
    }

    private static PyBaseException Build(PyType type, PyObject msg, PyStr doc, long pos)
    {
        // lineno = doc.count('\n', 0, pos) + 1; colno = pos - doc.rfind('\n', 0, pos)
        var s = doc.Value;
        int upto = doc.CpToUtf16(Math.Clamp(pos, 0, doc.CodePointCount));
        int lineno = 1, lastNl = -1;
        for (int i = 0; i < upto; i++)
            if (s[i] == '\n') { lineno++; lastNl = i; }
        long colno = lastNl < 0 ? pos + 1 : pos - doc.Utf16ToCp(lastNl);
        var text = $"{Ops.Str(msg)}: line {lineno} column {colno} (char {pos})";
        var e = ExceptionTypes.NewInstance(type, new PyTuple([PyStr.From(text)]));
        e.SetAttr(PyStr.Intern("msg"), msg);
        e.SetAttr(PyStr.Intern("doc"), doc);
        e.SetAttr(PyStr.Intern("pos"), PyInt.From(pos));
        e.SetAttr(PyStr.Intern("lineno"), PyInt.From(lineno));
        e.SetAttr(PyStr.Intern("colno"), PyInt.From(colno));
        return e;
    }

    internal static PyException DecodeError(string msg, PyStr doc, long pos) =>
        new(Build(JSONDecodeError, PyStr.From(msg), doc, pos));

    // ---- dumps ------------------------------------------------------------------------------------

    private static string Dumps(ReadOnlySpan<PyObject> args, PyTuple? kw, string fname, int npositional)
    {
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos != npositional)
        {
            if (npos < npositional)
                throw PyErr.TypeError(npositional == 1 ? $"{fname}() missing 1 required positional argument: 'obj'"
                    : npos == 0 ? $"{fname}() missing 2 required positional arguments: 'obj' and 'fp'"
                    : $"{fname}() missing 1 required positional argument: 'fp'");
            throw PyErr.TypeError($"{fname}() takes {npositional} positional argument{(npositional == 1 ? "" : "s")} but {npos} were given");
        }
        var enc = new JsonEncoder();
        PyObject? indent = null, separators = null, cls = null;
        for (int i = 0; i < nkw; i++)
        {
            var v = args[npos + i];
            switch (((PyStr)kw![i]).Value)
            {
                case "skipkeys": enc.SkipKeys = v.IsTrue(); break;
                case "ensure_ascii": enc.EnsureAscii = v.IsTrue(); break;
                case "check_circular": enc.CheckCircular = v.IsTrue(); break;
                case "allow_nan": enc.AllowNan = v.IsTrue(); break;
                case "sort_keys": enc.SortKeys = v.IsTrue(); break;
                case "indent": indent = v; break;
                case "separators": separators = v; break;
                case "default": enc.Default = v is PyNone ? null : v; break;
                case "cls": cls = v is PyNone ? null : v; break;
                case var other:
                    throw PyErr.TypeError($"JSONEncoder.__init__() got an unexpected keyword argument '{other}'");
            }
        }
        if (cls is not null) throw PyErr.NotImplementedError("json: cls= is not supported yet");
        if (indent is not null and not PyNone)
        {
            if (indent is PyStr istr) enc.Indent = istr.Value;
            else if (indent.Index() is { } n) enc.Indent = new string(' ', n.IsSmall ? (int)Math.Clamp(n.Value, 0, 1 << 20) : 0);
            else throw PyErr.TypeError($"can't multiply sequence by non-int of type '{indent.Type.Name}'");
            enc.ItemSeparator = ",";
        }
        if (separators is not null and not PyNone)
        {
            var parts = Ops.ToClrList(separators);
            if (parts.Count != 2)
                throw PyErr.ValueError(parts.Count < 2 ? $"not enough values to unpack (expected 2, got {parts.Count})"
                    : "too many values to unpack (expected 2)");
            enc.ItemSeparator = SeparatorPart(parts[0]);
            enc.KeySeparator = SeparatorPart(parts[1]);
        }
        return enc.Encode(args[0]);
    }

    private static string SeparatorPart(PyObject o) => o is PyStr s ? s.Value
        : throw PyErr.TypeError($"make_encoder() argument 6 must be str, not {o.Type.Name}");

    // ---- loads ------------------------------------------------------------------------------------

    private static PyObject Loads(ReadOnlySpan<PyObject> args, PyTuple? kw, string fname, PyObject? fromFile)
    {
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos < 1) throw PyErr.TypeError($"{fname}() missing 1 required positional argument: '{(fname == "load" ? "fp" : "s")}'");
        if (npos > 1) throw PyErr.TypeError($"{fname}() takes 1 positional argument but {npos} were given");
        var dec = new JsonDecoder();
        PyObject? cls = null;
        for (int i = 0; i < nkw; i++)
        {
            var v = args[npos + i];
            var hook = v is PyNone ? null : v;
            switch (((PyStr)kw![i]).Value)
            {
                case "object_hook": dec.ObjectHook = hook; break;
                case "object_pairs_hook": dec.ObjectPairsHook = hook; break;
                case "parse_float": dec.ParseFloat = hook; break;
                case "parse_int": dec.ParseInt = hook; break;
                case "parse_constant": dec.ParseConstant = hook; break;
                case "strict": dec.Strict = v.IsTrue(); break;
                case "cls": cls = hook; break;
                case var other:
                    throw PyErr.TypeError($"JSONDecoder.__init__() got an unexpected keyword argument '{other}'");
            }
        }
        if (cls is not null) throw PyErr.NotImplementedError("json: cls= is not supported yet");
        var s = fromFile ?? args[0];
        PyStr text;
        switch (s)
        {
            case PyStr str: text = str; break;
            case PyBytes or PyByteArray:
                {
                    var data = BytesOps.AsSpanOrNull(s, out _);
                    text = PyStr.From(DecodeBytes(data));
                    break;
                }
            default:
                throw PyErr.TypeError($"the JSON object must be str, bytes or bytearray, not {s.Type.Name}");
        }
        return dec.Decode(text);
    }

    private static string DecodeBytes(ReadOnlySpan<byte> data)
    {
        var enc = DetectEncoding(data);
        switch (enc)
        {
            case "utf-8": return Codecs.Decode(data, "utf-8", "strict");
            case "utf-8-sig": return Codecs.Decode(data[3..], "utf-8", "strict");
        }
        System.Text.Encoding e = enc switch
        {
            "utf-16-le" => new System.Text.UnicodeEncoding(false, false, true),
            "utf-16-be" => new System.Text.UnicodeEncoding(true, false, true),
            "utf-32-le" => new System.Text.UTF32Encoding(false, false, true),
            "utf-32-be" => new System.Text.UTF32Encoding(true, false, true),
            "utf-16" => new System.Text.UnicodeEncoding(data[0] == 0xFE, false, true),
            _ => new System.Text.UTF32Encoding(data[0] == 0, false, true),
        };
        if (enc is "utf-16") data = data[2..];
        else if (enc is "utf-32") data = data[4..];
        try
        {
            return e.GetString(data);
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw PyErr.New(ExceptionTypes.UnicodeDecodeError, $"'{enc.Replace("-le", "").Replace("-be", "")}' codec can't decode the JSON document");
        }
    }

    /// <summary>json.detect_encoding: the encoding of a JSON document given as bytes (RFC 4627 section 3).</summary>
    private static string DetectEncoding(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]) || b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) return "utf-32";
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return "utf-16";
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return "utf-8-sig";
        if (b.Length >= 4)
        {
            if (b[0] == 0) return b[1] != 0 ? "utf-16-be" : "utf-32-be";
            if (b[1] == 0) return b[2] != 0 || b[3] != 0 ? "utf-16-le" : "utf-32-le";
        }
        else if (b.Length == 2)
        {
            if (b[0] == 0) return "utf-16-be";
            if (b[1] == 0) return "utf-16-le";
        }
        return "utf-8";
    }
}
