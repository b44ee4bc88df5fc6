// traceback.StackSummary: a list of FrameSummary objects with format(). CPython's is a list
// subclass; this one wraps a list and forwards the sequence protocol to it.
namespace GilRuntime.Core.Modules.Traceback;

using System.Text;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public sealed class PyStackSummary : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public readonly PyList Frames;

    public PyStackSummary(PyList frames) => Frames = frames;

    private static PyType CreateType()
    {
        var t = PyType.Builtin("StackSummary", typeof(PyStackSummary), null, static (type, args, kw) =>
        {
            ArgParser.Range("StackSummary", args, kw, 0, 1);
            return new PyStackSummary(args.Length == 0 ? new PyList() : new PyList(Ops.ToClrList(args[0]).ToArray()));
        });
        t.Module = "traceback";
        t.AddMethod("format", static (self, args, kw) =>
        {
            ArgParser.Exactly("format", args, kw, 0);
            return ((PyStackSummary)self).Format();
        });
        PyClassMethodDescriptor.Add(t, "extract", static (cls, args, kw) =>
        {
            var p = ArgParser.Bind("extract", args, kw, ["frame_gen", "limit", "lookup_lines", "capture_locals"], 1,
                maxPositional: 1);
            return Extract(p[0]!, TracebackModule.LimitOf(p[1]), p[3] is { } cl && Ops.IsTrue(cl));
        });
        t.Dict.SetItem(PyStr.Intern("from_list"), new PyBuiltinFunction("from_list", static (args, kw) =>
        {
            ArgParser.Exactly("from_list", args, kw, 1);
            return FromList(args[0]);
        }));
        return t;
    }

    /// <summary>
    /// StackSummary.extract: one FrameSummary per (frame, lineno) pair of <paramref name="frameGen"/>
    /// (3.11 records no column span here); a limit keeps the first n (n >= 0) or the last -n; with
    /// <paramref name="captureLocals"/>, each frame's locals as reprs.
    /// </summary>
    public static PyStackSummary Extract(PyObject frameGen, int? limit, bool captureLocals)
    {
        var result = new List<PyObject>();
        var it = Ops.GetIter(frameGen);
        if (limit is not 0)
        {
            for (var item = it.Next(); item is not null; item = it.Next())
            {
                var pair = Ops.ToClrList(item);
                if (pair.Count != 2) throw PyErr.ValueError($"too many values to unpack (expected 2)");
                if (pair[0] is not Frame f) throw PyErr.AttributeError($"'{pair[0].Type.Name}' object has no attribute 'f_code'");
                var fs = new PyFrameSummary(f.Code.co_filename, pair[1], f.Code.co_name);
                if (captureLocals)
                {
                    var locals = new PyDict();
                    var fl = f.GetLocals();
                    foreach (var k in Ops.ToClrList(fl)) locals.SetItem(k, PyStr.From(Ops.Repr(fl.GetItem(k))));
                    fs.Locals = locals;
                }
                result.Add(fs);
                if (limit > 0 && result.Count == limit) break;
                if (limit < 0 && result.Count > -limit) result.RemoveAt(0);
            }
        }
        return new PyStackSummary(new PyList(result.ToArray()));
    }

    /// <summary>StackSummary.from_list: FrameSummary objects are kept, 4-tuples converted.</summary>
    public static PyStackSummary FromList(PyObject list)
    {
        var result = new PyList();
        foreach (var item in Ops.ToClrList(list))
        {
            if (item is PyFrameSummary) { result.Append(item); continue; }
            var parts = Ops.ToClrList(item);
            if (parts.Count != 4) throw PyErr.ValueError($"too many values to unpack (expected 4)");
            result.Append(new PyFrameSummary(Ops.Str(parts[0]), parts[1], Ops.Str(parts[2]),
                parts[3] is PyStr s ? s.Value : null));
        }
        return new PyStackSummary(result);
    }

    /// <summary>StackSummary.format: one string per frame, repeated frames folded.</summary>
    public PyList Format()
    {
        var entries = new List<TracebackPrinter.FrameEntry>();
        foreach (var item in Frames.AsSpan())
        {
            if (item is PyFrameSummary fs) entries.Add(fs.ToEntry());
            else entries.Add(FromList(new PyList([item])).Frames[0] is PyFrameSummary f2 ? f2.ToEntry() : default);
        }
        var ctx = new TracebackPrinter.PrintContext { PythonStyle = true };
        TracebackPrinter.FormatFrames(ctx, entries, -1, fromEnd: false);
        var result = new PyList();
        foreach (var chunk in ctx.Chunks) result.Append(PyStr.From(chunk));
        return result;
    }

    public override PyType Type => TypeObject;
    public override string Repr() => Frames.Repr();
    public override PyObject Iter() => Frames.Iter();
    public override PyObject GetItem(PyObject key) => Frames.GetItem(key);
    public override long Length() => Frames.Count;
    public override bool HasLength => true;
    public override bool IsTrue() => Frames.Count > 0;
    public override PyObject RichCompare(PyObject other, CompareOp op) =>
        Frames.RichCompare(other is PyStackSummary s ? s.Frames : other, op);
    public override long Hash() => throw PyErr.TypeError("unhashable type: 'StackSummary'");
}
