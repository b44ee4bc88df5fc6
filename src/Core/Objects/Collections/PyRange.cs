// range: an immutable arithmetic sequence (Objects/rangeobject.c). Bounds are Python ints of any size;
// when start, step and length fit in a long the hot operations (len, indexing, `in`, iteration) use
// long arithmetic only.
namespace GilRuntime.Core.Objects;

using System.Numerics;

public sealed class PyRange : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyInt Start { get; }
    public PyInt Stop { get; }
    public PyInt Step { get; }

    private readonly BigInteger _length;
    /// <summary>True when start, step and the length all fit in a long (then the fields below are valid).</summary>
    private readonly bool _small;
    private readonly long _start, _step, _len;

    public PyRange(PyInt start, PyInt stop, PyInt step)
    {
        Start = start; Stop = stop; Step = step;
        var s = step.ToBigInteger();
        if (s.IsZero) throw PyErr.ValueError("range() arg 3 must not be zero");
        var a = start.ToBigInteger();
        var b = stop.ToBigInteger();
        if (s.Sign > 0) _length = b > a ? (b - a - 1) / s + 1 : BigInteger.Zero;
        else _length = a > b ? (a - b - 1) / (-s) + 1 : BigInteger.Zero;
        if (start.IsSmall && step.IsSmall && stop.IsSmall && _length <= long.MaxValue)
        {
            _small = true;
            _start = start.Value; _step = step.Value; _len = (long)_length;
        }
    }

    public PyRange(long start, long stop, long step = 1) : this(PyInt.From(start), PyInt.From(stop), PyInt.From(step)) { }

    private static PyType CreateType()
    {
        var t = PyType.Builtin("range", typeof(PyRange), null, NewRange);
        t.AddMethod("count", static (self, args, kw) =>
        {
            var r = (PyRange)self;
            var x = SeqUtil.OneArg("range.count", args, kw);
            if (IsExactInt(x)) return PyInt.From(r.ContainsInt((PyInt)x) ? 1 : 0);
            long n = 0;
            var it = r.Iter();
            for (var y = it.Next(); y is not null; y = it.Next()) if (Ops.RichCompareBool(y, x, CompareOp.Eq)) n++;
            return PyInt.From(n);
        });
        t.AddMethod("index", static (self, args, kw) =>
        {
            var r = (PyRange)self;
            var x = SeqUtil.OneArg("range.index", args, kw);
            if (IsExactInt(x))
            {
                var xi = (PyInt)x;
                if (r.ContainsInt(xi))
                    return PyInt.From((xi.ToBigInteger() - r.Start.ToBigInteger()) / r.Step.ToBigInteger());
            }
            else
            {
                long i = 0;
                var it = r.Iter();
                for (var y = it.Next(); y is not null; y = it.Next(), i++)
                    if (Ops.RichCompareBool(y, x, CompareOp.Eq)) return PyInt.From(i);
            }
            throw PyErr.ValueError($"{x.Repr()} is not in range");
        });
        t.AddMethod("__reversed__", static (self, args, kw) => { SeqUtil.NoArgs("__reversed__", args, kw); return ((PyRange)self).Reversed(); });
        t.AddMethod("__len__", static (self, args, kw) => { SeqUtil.NoArgs("__len__", args, kw); return PyInt.From(self.Length()); });
        t.AddMethod("__getitem__", static (self, args, kw) => self.GetItem(SeqUtil.OneArg("__getitem__", args, kw)));
        t.AddMethod("__contains__", static (self, args, kw) => Py.Bool(self.Contains(SeqUtil.OneArg("__contains__", args, kw))));
        t.AddMethod("__iter__", static (self, args, kw) => { SeqUtil.NoArgs("__iter__", args, kw); return self.Iter(); });
        SeqUtil.RegisterOperatorDunders(t, true, [], []);
        return t;
    }

    private static bool IsExactInt(PyObject o) => o is PyInt && (o.Type == PyInt.TypeObject || o.Type == PyBool.TypeObject);

    private static PyObject NewRange(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgParser.NoKeywords("range", kw);
        switch (args.Length)
        {
            case 0: throw PyErr.TypeError("range expected at least 1 argument, got 0");
            case 1: return new PyRange(PyInt.From(0), Ops.Index(args[0]), PyInt.From(1));
            case 2: return new PyRange(Ops.Index(args[0]), Ops.Index(args[1]), PyInt.From(1));
            case 3: return new PyRange(Ops.Index(args[0]), Ops.Index(args[1]), Ops.Index(args[2]));
            default: throw PyErr.TypeError($"range expected at most 3 arguments, got {args.Length}");
        }
    }

    public override PyType Type => TypeObject;
    public override bool IsTrue() => !_length.IsZero;
    public override bool HasLength => true;

    public override long Length() => _small ? _len
        : _length <= long.MaxValue ? (long)_length
        : throw PyErr.OverflowError("Python int too large to convert to C ssize_t");

    public BigInteger BigLength => _length;

    public override string Repr() =>
        Step.IsSmall && Step.Value == 1 ? $"range({Start.Repr()}, {Stop.Repr()})" : $"range({Start.Repr()}, {Stop.Repr()}, {Step.Repr()})";

    private BigInteger ItemAt(BigInteger i) => Start.ToBigInteger() + i * Step.ToBigInteger();

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice s) return Slice(s);
        var idx = key.Index() ?? throw PyErr.TypeError($"range indices must be integers or slices, not {key.Type.Name}");
        if (_small && idx.IsSmall)
        {
            long i = idx.Value;
            if (i < 0) i += _len;
            if ((ulong)i >= (ulong)_len) throw PyErr.IndexError("range object index out of range");
            return PyInt.From(_start + i * _step);
        }
        var bi = idx.ToBigInteger();
        if (bi.Sign < 0) bi += _length;
        if (bi.Sign < 0 || bi >= _length) throw PyErr.IndexError("range object index out of range");
        return PyInt.From(ItemAt(bi));
    }

    private PyRange Slice(PySlice s)
    {
        var t = s.Indices(PyInt.From(_length));
        var i0 = ((PyInt)t[0]).ToBigInteger();
        var i1 = ((PyInt)t[1]).ToBigInteger();
        var st = ((PyInt)t[2]).ToBigInteger();
        return new PyRange(PyInt.From(ItemAt(i0)), PyInt.From(ItemAt(i1)), PyInt.From(st * Step.ToBigInteger()));
    }

    private bool ContainsInt(PyInt x)
    {
        if (_small && x.IsSmall)
        {
            if (_len == 0) return false;
            long v = x.Value;
            long last = _start + (_len - 1) * _step;
            if (_step > 0 ? (v < _start || v > last) : (v > _start || v < last)) return false;
            return (v - _start) % _step == 0;
        }
        var b = x.ToBigInteger();
        var a = Start.ToBigInteger();
        var st = Step.ToBigInteger();
        var stop = Stop.ToBigInteger();
        if (st.Sign > 0 ? (b < a || b >= stop) : (b > a || b <= stop)) return false;
        return ((b - a) % st).IsZero;
    }

    public override void DelItem(PyObject key) =>
        throw PyErr.TypeError($"'{Type.Name}' object doesn't support item deletion");

    public override bool Contains(PyObject item) =>
        IsExactInt(item) ? ContainsInt((PyInt)item) : Ops.IterContains(this, item);

    public override PyObject Iter() => _small
        ? new PyRangeIterator(_start, _step, _len)
        : new PyLongRangeIterator(Start.ToBigInteger(), Step.ToBigInteger(), _length);

    /// <summary>reversed(range): iterates from the last item with the negated step.</summary>
    public PyObject Reversed()
    {
        if (_small && _len > 0)
        {
            long last = _start + (_len - 1) * _step;
            if (_step != long.MinValue) return new PyRangeIterator(last, -_step, _len);
        }
        if (_small && _len == 0) return new PyRangeIterator(0, 1, 0);
        var lastB = ItemAt(_length - 1);
        return new PyLongRangeIterator(lastB, -Step.ToBigInteger(), _length);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyRange r || (op != CompareOp.Eq && op != CompareOp.Ne)) return Py.NotImplemented;
        return Py.Bool(SameSequence(r) == (op == CompareOp.Eq));
    }

    private bool SameSequence(PyRange r)
    {
        if (ReferenceEquals(this, r)) return true;
        if (_length != r._length) return false;
        if (_length.IsZero) return true;
        if (Start.ToBigInteger() != r.Start.ToBigInteger()) return false;
        if (_length.IsOne) return true;
        return Step.ToBigInteger() == r.Step.ToBigInteger();
    }

    /// <summary>range_hash: hash((len, start, step)) with None for the parts that do not matter.</summary>
    public override long Hash()
    {
        var len = PyInt.From(_length);
        if (_length.IsZero) return new PyTuple([len, Py.None, Py.None]).Hash();
        if (_length.IsOne) return new PyTuple([len, Start, Py.None]).Hash();
        return new PyTuple([len, Start, Step]).Hash();
    }

    public override PyObject? LookupAttr(PyStr name) => name.Value switch
    {
        "start" => Start,
        "stop" => Stop,
        "step" => Step,
        _ => base.LookupAttr(name),
    };
}
