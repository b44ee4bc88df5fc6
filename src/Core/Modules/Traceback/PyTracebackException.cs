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
                p[6] is not null && Ops.IsTrue(p[6]!));
        });
        t.Module = "traceback";
        t.Dict.SetItem(PyStr.Intern("from_exception"), new PyBuiltinFunction("from_exception", static (args, kw) =>
        {
            var p = ArgParser.Bind("from_exception", args, kw,
                ["exc", "limit", "lookup_lines", "capture_locals", "compact", "max_group_width", "max_group_depth"], 1,
                maxPositional: 1);
            var exc = p[0]!;
            return new PyTracebackException(exc, (exc as PyBaseException)?.Traceback as PyTraceback,
                TracebackModule.LimitOf(p[1]), p[4] is not null && Ops.IsTrue(p[4]!));
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
        };
        TracebackPrinter.Format(ctx, Exc);
        return ctx.Chunks;
    }

    public List<string> FormatOnly() =>
        Exc is null ? [$"{_value.Type.QualName}: {Ops.Str(_value)}\n"] : TracebackPrinter.FormatExceptionOnly(Exc);

    private PyObject Chained(PyBaseException? e) =>
        e is null ? Py.None : new PyTracebackException(e, e.Traceback as PyTraceback, _limit, _compact);

    public override PyType Type => TypeObject;

    public override string Str() => Ops.Str(_value);

    public override PyObject? LookupAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "exc_type": return _value.Type;
            case "stack": return TracebackModule.ExtractTb(_tb, _limit);
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
