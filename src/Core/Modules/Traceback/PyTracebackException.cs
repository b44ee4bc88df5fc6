// traceback.TracebackException: an exception captured for formatting later. It keeps the exception
// (and the traceback to show for it) and formats through TracebackPrinter with traceback.py's rules;
// __cause__/__context__/exceptions are TracebackExceptions of the chained ones.
namespace GilRuntime.Core.Modules.Traceback;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public sealed class PyTracebackException : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    /// <summary>The exception; null when made for a non-exception value (None: "NoneType: None").</summary>
    public readonly PyBaseException? Exc;
    private readonly PyObject _value;
    private readonly PyTraceback? _tb;
    private readonly int? _limit;
    private readonly bool _compact;
    /// <summary>capture_locals: each traceback frame's locals as {name: repr(value)}, taken at construction.</summary>
    private Dictionary<Frame, PyDict>? _locals;

    public PyTracebackException(PyObject value, PyTraceback? tb, int? limit, bool compact = false)
    {
        _value = value;
        Exc = value as PyBaseException;
        _tb = tb;
        _limit = limit;
        _compact = compact;
    }

    private static PyType CreateType()
    {
        var t = PyType.Builtin("TracebackException", typeof(PyTracebackException), null, static (type, args, kw) =>
        {
            var p = ArgParser.Bind("TracebackException", args, kw,
                ["exc_type", "exc_value", "exc_traceback", "limit", "lookup_lines", "capture_locals", "compact",
                 "max_group_width", "max_group_depth"], 3, maxPositional: 3);
            return new PyTracebackException(p[1]!, p[2] as PyTraceback, TracebackModule.LimitOf(p[3]),
                p[6] is not null && Ops.IsTrue(p[6]!)).CaptureLocalsIf(p[5]);
        });
        t.Module = "traceback";
        t.Dict.SetItem(PyStr.Intern("from_exception"), new PyBuiltinFunction("from_exception", static (args, kw) =>
        {
            var p = ArgParser.Bind("from_exception", args, kw,
                ["exc", "limit", "lookup_lines", "capture_locals", "compact", "max_group_width", "max_group_depth"], 1,
                maxPositional: 1);
            var exc = p[0]!;
            return new PyTracebackException(exc, (exc as PyBaseException)?.Traceback as PyTraceback,
                TracebackModule.LimitOf(p[1]), p[4] is not null && Ops.IsTrue(p[4]!)).CaptureLocalsIf(p[3]);
        }));
        t.AddMethod("format", static (self, args, kw) =>
        {
            var p = ArgParser.Bind("format", args, kw, ["chain"], 0, maxPositional: 0);
            return TracebackModule.ToList(((PyTracebackException)self).Format(p[0] is null || Ops.IsTrue(p[0]!)));
        });
        t.AddMethod("format_exception_only", static (self, args, kw) =>
        {
            ArgParser.Exactly("format_exception_only", args, kw, 0);
            return TracebackModule.ToList(((PyTracebackException)self).FormatOnly());
        });
        t.AddMethod("print", static (self, args, kw) =>
        {
            var p = ArgParser.Bind("print", args, kw, ["file", "chain"], 0, maxPositional: 0);
            var chunks = ((PyTracebackException)self).Format(p[1] is null || Ops.IsTrue(p[1]!));
            TracebackModule.Write(p[0], string.Concat(chunks));
            return Py.None;
        });
        return t;
    }

    public List<string> Format(bool chain)
    {
        if (Exc is null) return FormatOnly();
        var ctx = new TracebackPrinter.PrintContext
        {
            PythonStyle = true, Chain = chain, Limit = _limit, TracebackFor = Exc, TracebackOverride = _tb,
            CapturedLocals = _locals,
        };
        TracebackPrinter.Format(ctx, Exc);
        return ctx.Chunks;
    }

    public List<string> FormatOnly() =>
        Exc is null ? [$"{_value.Type.QualName}: {Ops.Str(_value)}\n"] : TracebackPrinter.FormatExceptionOnly(Exc);

    private PyObject Chained(PyBaseException? e) =>
        e is null ? Py.None : new PyTracebackException(e, e.Traceback as PyTraceback, _limit, _compact) { _locals = _locals };

    /// <summary>
    /// capture_locals=True: the locals of every frame in the tracebacks of the exception and of the
    /// exceptions chained to it, as FrameSummary keeps them ({name: repr(value)}), taken now as CPython's
    /// constructor takes them.
    /// </summary>
    private PyTracebackException CaptureLocalsIf(PyObject? captureLocals)
    {
        if (captureLocals is null || !Ops.IsTrue(captureLocals)) return this;
        _locals = new Dictionary<Frame, PyDict>(ReferenceEqualityComparer.Instance);
        var seen = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<PyBaseException>();
        if (Exc is not null) pending.Push(Exc);
        while (pending.Count > 0)
        {
            var e = pending.Pop();
            if (!seen.Add(e)) continue;
            var tb = ReferenceEquals(e, Exc) ? _tb : e.Traceback as PyTraceback;
            for (; tb is not null; tb = tb.Next)
            {
                if (_locals.ContainsKey(tb.Frame)) continue;
                var reprs = new PyDict();
                var locals = tb.Frame.GetLocals();
                foreach (var k in Ops.ToClrList(locals)) reprs.SetItem(k, PyStr.From(Ops.Repr(locals.GetItem(k))));
                _locals[tb.Frame] = reprs;
            }
            if (e.Cause is { } cause) pending.Push(cause);
            if (e.Context is { } context) pending.Push(context);
            if (e is PyExceptionGroup eg)
                foreach (var member in eg.Exceptions.Items) if (member is PyBaseException m) pending.Push(m);
        }
        return this;
    }

    public override PyType Type => TypeObject;

    public override string Str() => Ops.Str(_value);

    public override PyObject? LookupAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "exc_type": return _value.Type;
            case "stack":
                var stack = TracebackModule.ExtractTb(_tb, _limit);
                if (_locals is not null)
                {
                    var frames = new List<Frame>();
                    for (var t = _tb; t is not null; t = t.Next) frames.Add(t.Frame);
                    // a negative limit kept the innermost frames
                    int skip = _limit is < 0 ? frames.Count - stack.Frames.Count : 0;
                    for (int i = 0; i < stack.Frames.Count; i++)
                        if (_locals.TryGetValue(frames[skip + i], out var captured))
                            ((PyFrameSummary)stack.Frames.AsSpan()[i]!).Locals = captured;
                }
                return stack;
            case "__cause__": return Chained(Exc?.Cause);
            case "__context__": return Exc is { SuppressContext: true } && _compact ? Py.None : Chained(Exc?.Context);
            case "__suppress_context__": return Py.Bool(Exc?.SuppressContext ?? false);
            case "__notes__": return Exc?.Notes ?? Py.None;
            case "exceptions":
                if (Exc is not PyExceptionGroup eg) return Py.None;
                var list = new PyList();
                foreach (var e in eg.Exceptions.Items) list.Append(Chained((PyBaseException)e));
                return list;
        }
        if (Exc is PySyntaxError se)
        {
            switch (name.Value)
            {
                case "filename": return se.FilenameObj;
                case "lineno": return se.LinenoObj;
                case "end_lineno": return se.EndLinenoObj;
                case "text": return se.TextObj;
                case "offset": return se.OffsetObj;
                case "end_offset": return se.EndOffsetObj;
                case "msg": return se.MsgObj;
            }
        }
        return base.LookupAttr(name);
    }
}
