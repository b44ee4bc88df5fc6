// groupby (with its _grouper sub-iterators, invalidated when the groupby advances) and tee (n
// iterators over one shared buffer of 57-item links, as teedataobject stores them).
namespace GilRuntime.Core.Modules.Itertools;

using GilRuntime.Core.Objects;

/// <summary>groupby(iterable, key=None): (key, group) pairs of consecutive equal keys.</summary>
public sealed class PyGroupBy : PyIteratorBase
{
    private static readonly string[] s_names = ["iterable", "key"];
    public static readonly PyType TypeObject = ItertoolsModule.MakeType("groupby", typeof(PyGroupBy), static (t, a, k) =>
    {
        if (a.Length > 2) throw PyErr.TypeError($"groupby() takes at most 2 arguments ({a.Length} given)");
        var b = ArgParser.Bind("groupby", a, k, s_names, 1);
        return new PyGroupBy(b[0]!.Iter(), b[1] is null or PyNone ? null : b[1]);
    });

    private readonly PyObject _it;
    private readonly PyObject? _keyFunc;
    internal PyObject? TgtKey, CurrKey, CurrValue;
    internal PyGrouper? CurrGrouper;

    private PyGroupBy(PyObject it, PyObject? key) { _it = it; _keyFunc = key; }
    public override PyType Type => TypeObject;

    // CPython: groupby_step; false at the end of the input.
    internal bool Step()
    {
        var v = _it.Next();
        if (v is null) return false;
        var key = _keyFunc is null ? v : _keyFunc.Call([v], null);
        CurrValue = v;
        CurrKey = key;
        return true;
    }

    public override PyObject? Next()
    {
        CurrGrouper = null;
        while (true)
        {
            if (CurrKey is null) { }
            else if (TgtKey is null) break;
            else if (!Ops.Eq(TgtKey, CurrKey)) break;
            if (!Step()) return null;
        }
        TgtKey = CurrKey;
        var g = new PyGrouper(this, TgtKey!);
        CurrGrouper = g;
        return new PyTuple([CurrKey!, g]);
    }
}

/// <summary>itertools._grouper: one group of a groupby; empty once the groupby has moved on.</summary>
public sealed class PyGrouper : PyIteratorBase
{
    public static readonly PyType TypeObject = ItertoolsModule.MakeType("_grouper", typeof(PyGrouper), static (t, a, k) =>
        throw PyErr.TypeError("cannot create 'itertools._grouper' instances"));

    private readonly PyGroupBy _parent;
    private readonly PyObject _tgtKey;

    internal PyGrouper(PyGroupBy parent, PyObject tgtKey) { _parent = parent; _tgtKey = tgtKey; }
    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        var gbo = _parent;
        if (!ReferenceEquals(gbo.CurrGrouper, this)) return null;
        if (gbo.CurrValue is null && !gbo.Step()) return null;
        if (!Ops.Eq(_tgtKey, gbo.CurrKey!)) return null;
        var r = gbo.CurrValue!;
        gbo.CurrValue = null;
        return r;
    }
}

/// <summary>itertools._tee: one of tee()'s iterators; copies share the buffer and position.</summary>
public sealed class PyTee : PyIteratorBase
{
    private const int LinkCells = 57;

    /// <summary>teedataobject: up to 57 buffered values and the link to the next block.</summary>
    private sealed class TeeData : PyObject
    {
        public readonly PyObject It;
        public readonly PyObject[] Values = new PyObject[LinkCells];
        public int NumRead;
        public bool Running;
        public TeeData? NextLink;
        public TeeData(PyObject it) { It = it; }
        public override PyType Type => DataTypeObject;
    }

    public static readonly PyType DataTypeObject = MakeDataType();
    public static readonly PyType TypeObject = MakeTeeType();

    private static PyType MakeDataType()
    {
        var t = PyType.Builtin("_tee_dataobject", typeof(PyObject));
        t.Module = "itertools";
        return t;
    }

    private static PyType MakeTeeType()
    {
        var t = ItertoolsModule.MakeType("_tee", typeof(PyTee), static (t, a, k) =>
        {
            ItertoolsModule.Positional("_tee", a, k, 1, 1);
            return FromIterable(a[0]);
        });
        t.AddMethod("__copy__", static (self, a, k) => ((PyTee)self).Copy());
        return t;
    }

    private TeeData _data;
    private int _index;

    private PyTee(TeeData data, int index) { _data = data; _index = index; }
    public override PyType Type => TypeObject;

    private static PyTee FromIterable(PyObject iterable)
    {
        var it = iterable.Iter();
        if (it is PyTee t) return t.Copy();
        return new PyTee(new TeeData(it), 0);
    }

    public PyTee Copy() => new(_data, _index);

    public override PyObject? Next()
    {
        if (_index >= LinkCells)
        {
            _data.NextLink ??= new TeeData(_data.It);
            _data = _data.NextLink;
            _index = 0;
        }
        var d = _data;
        if (_index < d.NumRead) return d.Values[_index++];
        if (d.Running) throw PyErr.RuntimeError("cannot re-enter the tee iterator");
        d.Running = true;
        PyObject? v;
        try { v = d.It.Next(); }
        finally { d.Running = false; }
        if (v is null) return null;
        d.Values[d.NumRead++] = v;
        _index++;
        return v;
    }

    /// <summary>itertools.tee(iterable, n=2).</summary>
    public static PyObject TeeFunction(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        ItertoolsModule.Positional("tee", a, k, 1, 2);
        long n = a.Length > 1 ? Ops.AsIndex(a[1]) : 2;
        if (n < 0) throw PyErr.ValueError("n must be >= 0");
        if (n == 0) return PyTuple.Empty;
        var it = a[0].Iter();
        var first = it is PyTee t ? t : new PyTee(new TeeData(it), 0);
        var result = new PyObject[n];
        result[0] = first;
        for (int i = 1; i < n; i++) result[i] = first.Copy();
        return new PyTuple(result);
    }
}
