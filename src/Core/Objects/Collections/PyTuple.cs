// tuple: an immutable array of references. The hash is CPython 3.11's xxHash-based tuplehash, so
// hash((1, 2)) and the iteration order of sets of tuples match python3.
namespace GilRuntime.Core.Objects;

public class PyTuple : PyObject
{
    public static readonly PyType TypeObject = CreateType();
    public static readonly PyTuple Empty = new([]);

    /// <summary>The items; never mutated once the tuple is visible to Python code.</summary>
    public PyObject[] Items { get; }

    public PyTuple(PyObject[] items) { Items = items; }

    public static PyTuple Create(params PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);

    public int Count => Items.Length;
    public PyObject this[int i] => Items[i];

    private static PyType CreateType()
    {
        var t = PyType.Builtin("tuple", typeof(PyTuple), null, NewTuple);
        t.AddMethod("count", static (self, args, kw) =>
        {
            var x = SeqUtil.OneArg("count", args, kw);
            long n = 0;
            foreach (var item in ((PyTuple)self).Items) if (Ops.RichCompareBool(item, x, CompareOp.Eq)) n++;
            return PyInt.From(n);
        });
        t.AddMethod("index", static (self, args, kw) =>
        {
            SeqUtil.ArgRange("index", args, kw, 1, 3);
            var items = ((PyTuple)self).Items;
            long start = args.Length > 1 ? SeqUtil.SliceArg(args[1], 0) : 0;
            long stop = args.Length > 2 ? SeqUtil.SliceArg(args[2], long.MaxValue) : long.MaxValue;
            SeqUtil.AdjustIndices(ref start, ref stop, items.Length);
            for (long i = start; i < stop && i < items.Length; i++)
                if (Ops.RichCompareBool(items[i], args[0], CompareOp.Eq)) return PyInt.From(i);
            throw PyErr.ValueError("tuple.index(x): x not in tuple");
        });
        t.AddMethod("__getitem__", static (self, args, kw) => self.GetItem(SeqUtil.OneArg("__getitem__", args, kw)));
        t.AddMethod("__len__", static (self, args, kw) => { SeqUtil.NoArgs("__len__", args, kw); return PyInt.From(self.Length()); });
        t.AddMethod("__contains__", static (self, args, kw) => Py.Bool(self.Contains(SeqUtil.OneArg("__contains__", args, kw))));
        t.AddMethod("__iter__", static (self, args, kw) => { SeqUtil.NoArgs("__iter__", args, kw); return self.Iter(); });
        SeqUtil.RegisterOperatorDunders(t, true, [Objects.BinaryOp.Add, Objects.BinaryOp.Multiply], []);
        return t;
    }

    private static PyObject NewTuple(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgParser.NoKeywords("tuple", kw);
        if (args.Length > 1) throw PyErr.TypeError($"tuple expected at most 1 argument, got {args.Length}");
        if (args.Length == 0) return Empty;
        var src = args[0];
        if (src is PyTuple t) return t.GetType() == typeof(PyTuple) ? t : new PyTuple(t.Items);
        if (src is PyList l) return Create(l.AsSpan().ToArray());
        var items = Ops.ToClrList(src);
        return items.Count == 0 ? Empty : new PyTuple(items.ToArray());
    }

    public override PyType Type => TypeObject;
    public override bool IsTrue() => Items.Length != 0;
    public override bool HasLength => true;
    public override long Length() => Items.Length;

    public override string Repr()
    {
        if (Items.Length == 0) return "()";
        if (!SeqUtil.ReprEnter(this)) return "(...)";
        try
        {
            return Items.Length == 1 ? "(" + Items[0].Repr() + ",)" : SeqUtil.JoinReprs(Items, "(", ")");
        }
        finally { SeqUtil.ReprLeave(this); }
    }

    // CPython: tuplehash (Objects/tupleobject.c, 3.8+), the xxHash64 round applied to each item's hash.
    private const ulong XxPrime1 = 11400714785074694791UL;
    private const ulong XxPrime2 = 14029467366897019727UL;
    private const ulong XxPrime5 = 2870177450012600261UL;

    public override long Hash()
    {
        ulong acc = XxPrime5;
        var items = Items;
        unchecked
        {
            for (int i = 0; i < items.Length; i++)
            {
                ulong lane = (ulong)items[i].Hash();
                acc += lane * XxPrime2;
                acc = (acc << 31) | (acc >> 33);
                acc *= XxPrime1;
            }
            acc += (ulong)items.Length ^ (XxPrime5 ^ 3527539UL);
            if (acc == ulong.MaxValue) return 1546275796;
            return (long)acc;
        }
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyTuple t) return Py.NotImplemented;
        return SeqUtil.CompareSequences(Items, Items.Length, t.Items, t.Items.Length, op);
    }

    public override PyObject GetItem(PyObject key)
    {
        if (SeqUtil.TryIndex(key, out long i))
        {
            if (i < 0) i += Items.Length;
            if ((ulong)i >= (ulong)Items.Length) throw PyErr.IndexError("tuple index out of range");
            return Items[i];
        }
        if (key is PySlice s)
        {
            s.GetIndices(Items.Length, out long start, out _, out long step, out long n);
            if (n <= 0) return Empty;
            if (step == 1 && n == Items.Length) return this;
            var r = new PyObject[n];
            for (long k = 0, j = start; k < n; k++, j += step) r[k] = Items[j];
            return new PyTuple(r);
        }
        throw PyErr.TypeError($"tuple indices must be integers or slices, not {key.Type.Name}");
    }

    public override void DelItem(PyObject key) =>
        throw PyErr.TypeError($"'{Type.Name}' object doesn't support item deletion");

    public override bool Contains(PyObject item)
    {
        foreach (var x in Items) if (Ops.RichCompareBool(x, item, CompareOp.Eq)) return true;
        return false;
    }

    public override PyObject Iter() => new PyTupleIterator(this);

    public override PyObject? SequenceConcat(PyObject other)
    {
        if (other is not PyTuple t)
            throw PyErr.TypeError($"can only concatenate tuple (not \"{other.Type.Name}\") to tuple");
        if (t.Items.Length == 0) return this;
        if (Items.Length == 0) return t;
        var r = new PyObject[Items.Length + t.Items.Length];
        Items.CopyTo(r, 0);
        t.Items.CopyTo(r, Items.Length);
        return new PyTuple(r);
    }

    public override PyObject? SequenceRepeat(long count)
    {
        if (count <= 0 || Items.Length == 0) return Empty;
        if (count == 1) return this;
        if (count > int.MaxValue / Items.Length) throw PyErr.MemoryError("");
        var r = new PyObject[Items.Length * count];
        for (long k = 0; k < count; k++) Items.CopyTo(r, k * Items.Length);
        return new PyTuple(r);
    }
}
