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
        t.Dict.SetItem(PyStr.Intern("from_list"), new PyBuiltinFunction("from_list", static (args, kw) =>
        {
            ArgParser.Exactly("from_list", args, kw, 1);
            return FromList(args[0]);
        }));
        return t;
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
