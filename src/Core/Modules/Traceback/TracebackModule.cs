// The traceback module, native: the print_*/format_*/extract_* functions over TracebackPrinter, so
// traceback.print_exc() prints exactly what an uncaught exception prints (with traceback.py's rules
// for `limit` and for margins inside exception groups).
namespace GilRuntime.Core.Modules.Traceback;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class TracebackModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("traceback");
        m.Add("FrameSummary", PyFrameSummary.TypeObject);
        m.Add("StackSummary", PyStackSummary.TypeObject);
        m.Add("TracebackException", PyTracebackException.TypeObject);

        m.AddFunction("extract_tb", static (a, k) =>
        {
            var p = ArgParser.Bind("extract_tb", a, k, ["tb", "limit"], 1);
            return ExtractTb(TbArg(p[0]!), LimitOf(p[1]));
        });
        m.AddFunction("format_tb", static (a, k) =>
        {
            var p = ArgParser.Bind("format_tb", a, k, ["tb", "limit"], 1);
            return ExtractTb(TbArg(p[0]!), LimitOf(p[1])).Format();
        });
        m.AddFunction("print_tb", static (a, k) =>
        {
            var p = ArgParser.Bind("print_tb", a, k, ["tb", "limit", "file"], 1);
            WriteAll(p[2], ExtractTb(TbArg(p[0]!), LimitOf(p[1])).Format());
            return Py.None;
        });
        m.AddFunction("extract_stack", static (a, k) =>
        {
            var p = ArgParser.Bind("extract_stack", a, k, ["f", "limit"], 0);
            return ExtractStack(FrameArg(p[0]), LimitOf(p[1]));
        });
        m.AddFunction("format_stack", static (a, k) =>
        {
            var p = ArgParser.Bind("format_stack", a, k, ["f", "limit"], 0);
            return ExtractStack(FrameArg(p[0]), LimitOf(p[1])).Format();
        });
        m.AddFunction("print_stack", static (a, k) =>
        {
            var p = ArgParser.Bind("print_stack", a, k, ["f", "limit", "file"], 0);
            WriteAll(p[2], ExtractStack(FrameArg(p[0]), LimitOf(p[1])).Format());
            return Py.None;
        });
        m.AddFunction("format_list", static (a, k) =>
        {
            ArgParser.Exactly("format_list", a, k, 1);
            return PyStackSummary.FromList(a[0]).Format();
        });
        m.AddFunction("print_list", static (a, k) =>
        {
            var p = ArgParser.Bind("print_list", a, k, ["extracted_list", "file"], 1);
            WriteAll(p[1], PyStackSummary.FromList(p[0]!).Format());
            return Py.None;
        });
        m.AddFunction("format_exception", static (a, k) =>
        {
            var te = ExceptionArgs("format_exception", a, k, hasFile: false, out _, out bool chain);
            return ToList(te.Format(chain));
        });
        m.AddFunction("print_exception", static (a, k) =>
        {
            var te = ExceptionArgs("print_exception", a, k, hasFile: true, out var file, out bool chain);
            Write(file, string.Concat(te.Format(chain)));
            return Py.None;
        });
        m.AddFunction("format_exception_only", static (a, k) =>
        {
            var p = ArgParser.Bind("format_exception_only", a, k, ["exc", "value"], 1, positionalOnly: 1);
            var value = p[1] ?? p[0]!;
            return ToList(new PyTracebackException(value, null, null, compact: true).FormatOnly());
        });
        m.AddFunction("format_exc", static (a, k) =>
        {
            var p = ArgParser.Bind("format_exc", a, k, ["limit", "chain"], 0);
            return PyStr.From(string.Concat(Current(LimitOf(p[0])).Format(p[1] is null || Ops.IsTrue(p[1]!))));
        });
        m.AddFunction("print_exc", static (a, k) =>
        {
            var p = ArgParser.Bind("print_exc", a, k, ["limit", "file", "chain"], 0);
            Write(p[1], string.Concat(Current(LimitOf(p[0])).Format(p[2] is null || Ops.IsTrue(p[2]!))));
            return Py.None;
        });
        m.AddFunction("print_last", static (a, k) =>
        {
            var p = ArgParser.Bind("print_last", a, k, ["limit", "file", "chain"], 0);
            var sys = ThreadState.Current.Interpreter.SysModule.Dict;
            if (!sys.TryGetValue(PyStr.Intern("last_value"), out var last))
                throw PyErr.ValueError("no last exception");
            sys.TryGetValue(PyStr.Intern("last_traceback"), out var tb);
            var te = new PyTracebackException(last, tb as PyTraceback, LimitOf(p[0]), compact: true);
            Write(p[1], string.Concat(te.Format(p[2] is null || Ops.IsTrue(p[2]!))));
            return Py.None;
        });
        m.AddFunction("walk_tb", static (a, k) =>
        {
            ArgParser.Exactly("walk_tb", a, k, 1);
            var list = new PyList();
            for (var tb = a[0] as PyTraceback; tb is not null; tb = tb.Next)
                list.Append(new PyTuple([tb.Frame, tb.LineNo < 0 ? Py.None : PyInt.From(tb.LineNo)]));
            return list.Iter();
        });
        m.AddFunction("clear_frames", static (a, k) =>
        {
            ArgParser.Exactly("clear_frames", a, k, 1);
            // Frames still running refuse (RuntimeError), and are skipped.
            for (var tb = TbArg(a[0]); tb is not null; tb = tb.Next)
            {
                try { tb.Frame.Clear(); }
                catch (PyException e) when (e.Value.Type.IsSubtype(ExceptionTypes.RuntimeError)) { }
            }
            return Py.None;
        });
        m.AddFunction("walk_stack", static (a, k) =>
        {
            ArgParser.Exactly("walk_stack", a, k, 1);
            var list = new PyList();
            for (var f = FrameArg(a[0]); f is not null; f = f.Back)
                list.Append(new PyTuple([f.MarkEscaped(), PyInt.From(f.LineNo)]));
            return list.Iter();
        });
        return m;
    }

    private static PyTraceback? TbArg(PyObject o) => o as PyTraceback
        ?? (o is PyNone ? null : throw PyErr.AttributeError($"'{o.Type.Name}' object has no attribute 'tb_frame'"));

    /// <summary>The frame argument of the *_stack functions; None means the caller's frame.</summary>
    private static Frame? FrameArg(PyObject? o) => o switch
    {
        null or PyNone => ThreadState.Current.Frame,
        Frame f => f,
        _ => throw PyErr.AttributeError($"'{o.Type.Name}' object has no attribute 'f_back'"),
    };

    /// <summary>The limit argument, defaulting to sys.tracebacklimit (negative there means 0).</summary>
    internal static int? LimitOf(PyObject? o)
    {
        if (o is not null && o is not PyNone) return (int)Ops.AsIndex(o);
        var sys = ThreadState.Current.Interpreter.SysModule.Dict;
        if (sys.TryGetValue(PyStr.Intern("tracebacklimit"), out var v) && v is not PyNone)
            return Math.Max(0, (int)Ops.AsIndex(v));
        return null;
    }

    /// <summary>extract_tb: oldest frame first; a limit keeps the first n (n >= 0) or the last -n.</summary>
    internal static PyStackSummary ExtractTb(PyTraceback? tb, int? limit)
    {
        var frames = new List<PyObject>();
        for (; tb is not null; tb = tb.Next) frames.Add(PyFrameSummary.FromFrame(tb.Frame, tb.LineNo, tb.LastI));
        if (limit is int n)
        {
            if (n >= 0 && frames.Count > n) frames.RemoveRange(n, frames.Count - n);
            else if (n < 0 && frames.Count > -n) frames.RemoveRange(0, frames.Count + n);
        }
        return new PyStackSummary(new PyList(frames.ToArray()));
    }

    /// <summary>extract_stack: the newest `limit` frames from f outward, returned oldest first.</summary>
    internal static PyStackSummary ExtractStack(Frame? f, int? limit)
    {
        var frames = new List<PyObject>();
        for (; f is not null; f = f.Back)
        {
            if (limit is int n && n >= 0 && frames.Count >= n) break;
            // StackSummary.extract knows only line numbers: stack entries get no caret columns.
            frames.Add(PyFrameSummary.FromFrame(f, f.LineNo, -1));
        }
        if (limit is int m && m < 0 && frames.Count > -m) frames.RemoveRange(0, frames.Count + m);
        frames.Reverse();
        return new PyStackSummary(new PyList(frames.ToArray()));
    }

    /// <summary>(exc, /, value=_sentinel, tb=_sentinel, limit=None[, file=None], chain=True), 3.10+.</summary>
    private static PyTracebackException ExceptionArgs(string fname, ReadOnlySpan<PyObject> a, PyTuple? k, bool hasFile,
        out PyObject? file, out bool chain)
    {
        string[] names = hasFile ? ["exc", "value", "tb", "limit", "file", "chain"] : ["exc", "value", "tb", "limit", "chain"];
        var p = ArgParser.Bind(fname, a, k, names, 1, positionalOnly: 1);
        file = hasFile ? p[4] : null;
        var chainArg = p[hasFile ? 5 : 4];
        chain = chainArg is null || Ops.IsTrue(chainArg);
        var exc = p[0]!;
        PyObject value;
        PyTraceback? tb;
        if ((p[1] is null) != (p[2] is null)) throw PyErr.ValueError("Both or neither of value and tb must be given");
        if (p[1] is null)
        {
            if (exc is PyBaseException be) { value = be; tb = be.Traceback as PyTraceback; }
            else if (exc is PyNone) { value = Py.None; tb = null; }
            else throw PyErr.TypeError($"Exception expected for value, {exc.Type.Name} found");
        }
        else
        {
            value = p[1]!;
            tb = p[2] as PyTraceback;
        }
        return new PyTracebackException(value, tb, LimitOf(p[3]), compact: true);
    }

    /// <summary>The exception being handled (sys.exc_info()), or None.</summary>
    private static PyTracebackException Current(int? limit)
    {
        var e = ThreadState.Current.TopmostHandled;
        return new PyTracebackException((PyObject?)e ?? Py.None, e?.Traceback as PyTraceback, limit, compact: true);
    }

    internal static PyList ToList(List<string> chunks)
    {
        var list = new PyList(chunks.Count);
        foreach (var c in chunks) list.Append(PyStr.From(c));
        return list;
    }

    private static void WriteAll(PyObject? file, PyList lines)
    {
        foreach (var line in lines.AsSpan()) Write(file, ((PyStr)line).Value);
    }

    /// <summary>Writes to <paramref name="file"/> (None: sys.stderr).</summary>
    internal static void Write(PyObject? file, string text)
    {
        if (file is null or PyNone)
        {
            var sys = ThreadState.Current.Interpreter.SysModule.Dict;
            if (!sys.TryGetValue(PyStr.Intern("stderr"), out file) || file is PyNone) return;
        }
        Ops.CallMethod(file, "write", PyStr.From(text));
    }
}
