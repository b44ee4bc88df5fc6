// dict_keys, dict_values and dict_items: live views of a dict. Keys and items views are set-like
// (comparisons and & | - ^ return sets), as in CPython's dictview_* functions.
namespace GilRuntime.Core.Objects;

public abstract class PyDictView(PyDict dict) : PyObject
{
    public PyDict Dict { get; } = dict;

    protected abstract PyDictIterator.Kind Kind { get; }

    public override bool HasLength => true;
    public override long Length() => Dict.Count;
    public override bool IsTrue() => Dict.Count != 0;
    public override PyObject Iter() => new PyDictIterator(Dict, Kind);

    /// <summary>reversed(view) (3.8+).</summary>
    public PyObject Reversed() => new PyDictReverseIterator(Dict, Kind);

    public override string Repr()
    {
        if (!SeqUtil.ReprEnter(this)) return "...";
        try
        {
            var items = Ops.ToClrList(this);
            return Type.Name + "(" + SeqUtil.JoinReprs(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items), "[", "]") + ")";
        }
        finally { SeqUtil.ReprLeave(this); }
    }

    protected static PyType RegisterCommon(PyType t)
    {
        t.AddMethod("__len__", static (self, args, kw) => { SeqUtil.NoArgs("__len__", args, kw); return PyInt.From(self.Length()); });
        t.AddMethod("__iter__", static (self, args, kw) => { SeqUtil.NoArgs("__iter__", args, kw); return self.Iter(); });
        t.AddMethod("__reversed__", static (self, args, kw) =>
        {
            SeqUtil.NoArgs("__reversed__", args, kw);
            var v = (PyDictView)self;
            return new PyDictReverseIterator(v.Dict, v.Kind);
        });
        return t;
    }
}

/// <summary>Set-like views (keys, items): rich comparison and set operators.</summary>
public abstract class PySetLikeDictView(PyDict dict) : PyDictView(dict)
{
    private static bool IsSetLike(PyObject o) => o is PySet || o is PySetLikeDictView;

    private static bool AllContainedIn(PyObject a, PyObject b)
    {
        var it = a.Iter();
        for (var x = it.Next(); x is not null; x = it.Next())
            if (!b.Contains(x)) return false;
        return true;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (!IsSetLike(other)) return Py.NotImplemented;
        long la = Length(), lb = other.Length();
        bool r = op switch
        {
            CompareOp.Eq => la == lb && AllContainedIn(this, other),
            CompareOp.Ne => !(la == lb && AllContainedIn(this, other)),
            CompareOp.Lt => la < lb && AllContainedIn(this, other),
            CompareOp.Le => la <= lb && AllContainedIn(this, other),
            CompareOp.Gt => la > lb && AllContainedIn(other, this),
            _ => la >= lb && AllContainedIn(other, this),
        };
        return Py.Bool(r);
    }

    /// <summary>dictviews_to_set: a keys view converts through its dict (one resize up front, known hashes).</summary>
    private static PySet ToSet(PyObject o)
    {
        var r = new PySet();
        r.Update(o is PyDictKeys k ? k.Dict : o);
        return r;
    }

    private static PyObject SetOp(PyObject left, PyObject right, BinaryOp op)
    {
        switch (op)
        {
            case Objects.BinaryOp.Or: { var r = ToSet(left); r.Update(right); return r; }
            case Objects.BinaryOp.Subtract: { var r = ToSet(left); r.DifferenceUpdate(right); return r; }
            case Objects.BinaryOp.Xor: { var r = ToSet(left); r.SymmetricDifferenceUpdate(right); return r; }
            case Objects.BinaryOp.And: return Intersect(left, right);
        }
        return Py.NotImplemented;
    }

    /// <summary>_PyDictView_Intersect.</summary>
    private static PyObject Intersect(PyObject self, PyObject other)
    {
        if (self is not PySetLikeDictView) (self, other) = (other, self);
        long lenSelf = self.Length();
        if (other is PySet os && os is not PyFrozenSet && lenSelf <= os.Count) return os.Intersection(self);
        if (other is PySetLikeDictView && other.Length() > lenSelf) (self, other) = (other, self);
        var result = new PySet();
        var it = other.Iter();
        for (var key = it.Next(); key is not null; key = it.Next())
            if (self.Contains(key)) result.Add(key);
        return result;
    }

    private static bool IsSetOp(BinaryOp op) =>
        op is Objects.BinaryOp.Or or Objects.BinaryOp.And or Objects.BinaryOp.Subtract or Objects.BinaryOp.Xor;

    public override PyObject BinaryOp(BinaryOp op, PyObject other)
    {
        if (!IsSetOp(op)) return Py.NotImplemented;
        try { other.Iter(); } catch (PyException) { return Py.NotImplemented; }
        return SetOp(this, other, op);
    }

    public override PyObject ReflectedBinaryOp(BinaryOp op, PyObject left)
    {
        if (!IsSetOp(op)) return Py.NotImplemented;
        try { left.Iter(); } catch (PyException) { return Py.NotImplemented; }
        return SetOp(left, this, op);
    }

    public bool IsDisjoint(PyObject other)
    {
        var it = other.Iter();
        for (var x = it.Next(); x is not null; x = it.Next())
            if (Contains(x)) return false;
        return true;
    }

    protected static PyType RegisterSetLike(PyType t)
    {
        RegisterCommon(t);
        t.AddMethod("isdisjoint", static (self, args, kw) =>
            Py.Bool(((PySetLikeDictView)self).IsDisjoint(SeqUtil.OneArg("isdisjoint", args, kw))));
        t.AddMethod("__contains__", static (self, args, kw) => Py.Bool(self.Contains(SeqUtil.OneArg("__contains__", args, kw))));
        return t;
    }
}

public sealed class PyDictKeys(PyDict dict) : PySetLikeDictView(dict)
{
    public static readonly PyType TypeObject = RegisterSetLike(PyType.Builtin("dict_keys", typeof(PyDictKeys)));

    public override PyType Type => TypeObject;
    protected override PyDictIterator.Kind Kind => PyDictIterator.Kind.Keys;
    public override bool Contains(PyObject item) => Dict.Contains(item);
}

public sealed class PyDictItems(PyDict dict) : PySetLikeDictView(dict)
{
    public static readonly PyType TypeObject = RegisterSetLike(PyType.Builtin("dict_items", typeof(PyDictItems)));

    public override PyType Type => TypeObject;
    protected override PyDictIterator.Kind Kind => PyDictIterator.Kind.Items;

    public override bool Contains(PyObject item)
    {
        if (item is not PyTuple t || t.Count != 2) return false;
        if (!Dict.TryGetValue(t[0], out var v)) return false;
        return Ops.RichCompareBool(v, t[1], CompareOp.Eq);
    }
}

public sealed class PyDictValues(PyDict dict) : PyDictView(dict)
{
    public static readonly PyType TypeObject = RegisterCommon(PyType.Builtin("dict_values", typeof(PyDictValues)));

    public override PyType Type => TypeObject;
    protected override PyDictIterator.Kind Kind => PyDictIterator.Kind.Values;
}
