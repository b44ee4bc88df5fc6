// slice: the (start, stop, step) triple made by a[i:j:k]. GetIndices mirrors PySlice_Unpack followed by
// PySlice_AdjustIndices, so every sequence type resolves slices exactly as CPython does.
namespace GilRuntime.Core.Objects;

using System.Numerics;

public sealed class PySlice : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyObject Start { get; }
    public PyObject Stop { get; }
    public PyObject Step { get; }

    public PySlice(PyObject? start, PyObject? stop, PyObject? step = null)
    {
        Start = start ?? Py.None; Stop = stop ?? Py.None; Step = step ?? Py.None;
    }

    private static PyType CreateType()
    {
        var t = PyType.Builtin("slice", typeof(PySlice), null, NewSlice);
        t.AddMethod("indices", static (self, args, kw) =>
        {
            var len = SeqUtil.OneArg("indices", args, kw);
            return ((PySlice)self).Indices(len);
        });
        return t;
    }

    private static PyObject NewSlice(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgParser.NoKeywords("slice", kw);
        if (args.Length == 0) throw PyErr.TypeError("slice expected at least 1 argument, got 0");
        if (args.Length > 3) throw PyErr.TypeError($"slice expected at most 3 arguments, got {args.Length}");
        return args.Length switch
        {
            1 => new PySlice(null, args[0]),
            2 => new PySlice(args[0], args[1]),
            _ => new PySlice(args[0], args[1], args[2]),
        };
    }

    public override PyType Type => TypeObject;

    /// <summary>PySlice_Unpack: the raw start/stop/step, clamped to the long range; "slice step cannot be zero".</summary>
    public void Unpack(out long start, out long stop, out long step)
    {
        step = SeqUtil.SliceIndex(Step, 1);
        if (step == 0) throw PyErr.ValueError("slice step cannot be zero");
        if (step < -long.MaxValue) step = -long.MaxValue;
        start = SeqUtil.SliceIndex(Start, step < 0 ? long.MaxValue : 0);
        stop = SeqUtil.SliceIndex(Stop, step < 0 ? long.MinValue : long.MaxValue);
    }

    /// <summary>PySlice_AdjustIndices: clips start/stop to the sequence and returns the slice length.</summary>
    public static long AdjustIndices(long length, ref long start, ref long stop, long step)
    {
        if (start < 0) { start += length; if (start < 0) start = step < 0 ? -1 : 0; }
        else if (start >= length) start = step < 0 ? length - 1 : length;
        if (stop < 0) { stop += length; if (stop < 0) stop = step < 0 ? -1 : 0; }
        else if (stop >= length) stop = step < 0 ? length - 1 : length;
        if (step < 0)
        {
            if (stop < start) return (start - stop - 1) / (-step) + 1;
        }
        else if (start < stop) return (stop - start - 1) / step + 1;
        return 0;
    }

    public void GetIndices(long length, out long start, out long stop, out long step, out long slicelength)
    {
        Unpack(out start, out stop, out step);
        slicelength = AdjustIndices(length, ref start, ref stop, step);
    }

    /// <summary>slice.indices(len), computed with big integers as CPython's _PySlice_GetLongIndices.</summary>
    public PyTuple Indices(PyObject lengthObj)
    {
        var length = Ops.Index(lengthObj).ToBigInteger();
        if (length.Sign < 0) throw PyErr.ValueError("length should not be negative");
        BigInteger step = Step is PyNone ? BigInteger.One : BigIndex(Step);
        if (step.IsZero) throw PyErr.ValueError("slice step cannot be zero");
        bool neg = step.Sign < 0;
        BigInteger lower = neg ? -1 : 0, upper = neg ? length - 1 : length;
        BigInteger Clip(PyObject v, BigInteger dflt)
        {
            if (v is PyNone) return dflt;
            var x = BigIndex(v);
            if (x.Sign < 0) { x += length; if (x < lower) x = lower; }
            else if (x > upper) x = upper;
            return x;
        }
        var start = Clip(Start, neg ? upper : lower);
        var stop = Clip(Stop, neg ? lower : upper);
        return new PyTuple([PyInt.From(start), PyInt.From(stop), PyInt.From(step)]);
    }

    private static BigInteger BigIndex(PyObject o) =>
        (o.Index() ?? throw PyErr.TypeError("slice indices must be integers or None or have an __index__ method")).ToBigInteger();

    public override string Repr() => $"slice({Start.Repr()}, {Stop.Repr()}, {Step.Repr()})";
    public override long Hash() => throw SeqUtil.Unhashable(this);

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PySlice o) return Py.NotImplemented;
        PyObject[] a = [Start, Stop, Step], b = [o.Start, o.Stop, o.Step];
        return SeqUtil.CompareSequences(a, 3, b, 3, op);
    }

    public override PyObject? LookupAttr(PyStr name) => name.Value switch
    {
        "start" => Start,
        "stop" => Stop,
        "step" => Step,
        _ => base.LookupAttr(name),
    };
}
