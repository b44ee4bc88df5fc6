// set/frozenset algebra with CPython's iteration strategies (which set is walked, which is probed),
// since those choices decide the resulting table layout and therefore the iteration order.
namespace GilRuntime.Core.Objects;

public partial class PySet
{
    private static PyType CreateType()
    {
        var t = PyType.Builtin("set", typeof(PySet), null, NewSet);
        RegisterShared(t);
        t.AddMethod("add", static (self, args, kw) => { ((PySet)self).Add(SeqUtil.OneArg("set.add", args, kw)); return Py.None; });
        t.AddMethod("remove", static (self, args, kw) =>
        {
            var x = SeqUtil.OneArg("set.remove", args, kw);
            if (!((PySet)self).Discard(x)) throw PyErr.KeyError(x);
            return Py.None;
        });
        t.AddMethod("discard", static (self, args, kw) => { ((PySet)self).Discard(SeqUtil.OneArg("set.discard", args, kw)); return Py.None; });
        t.AddMethod("pop", static (self, args, kw) => { SeqUtil.NoArgs("pop", args, kw); return ((PySet)self).Pop(); });
        t.AddMethod("clear", static (self, args, kw) => { SeqUtil.NoArgs("clear", args, kw); ((PySet)self).Clear(); return Py.None; });
        t.AddMethod("update", static (self, args, kw) =>
        {
            ArgParser.NoKeywords("set.update", kw);
            foreach (var o in args) ((PySet)self).Update(o);
            return Py.None;
        });
        t.AddMethod("intersection_update", static (self, args, kw) =>
        {
            ArgParser.NoKeywords("set.intersection_update", kw);
            var s = (PySet)self;
            s.SwapBodies(s.IntersectionMulti(args));
            return Py.None;
        });
        t.AddMethod("difference_update", static (self, args, kw) =>
        {
            ArgParser.NoKeywords("set.difference_update", kw);
            foreach (var o in args) ((PySet)self).DifferenceUpdate(o);
            return Py.None;
        });
        t.AddMethod("symmetric_difference_update", static (self, args, kw) =>
        {
            ((PySet)self).SymmetricDifferenceUpdate(SeqUtil.OneArg("set.symmetric_difference_update", args, kw));
            return Py.None;
        });
        SeqUtil.RegisterOperatorDunders(t, false, [Objects.BinaryOp.Or, Objects.BinaryOp.And, Objects.BinaryOp.Subtract, Objects.BinaryOp.Xor], [Objects.BinaryOp.Or, Objects.BinaryOp.And, Objects.BinaryOp.Subtract, Objects.BinaryOp.Xor]);
        return t;
    }

    internal static void RegisterShared(PyType t)
    {
        t.AddMethod("copy", static (self, args, kw) =>
        {
            SeqUtil.NoArgs("copy", args, kw);
            return self is PyFrozenSet ? self : ((PySet)self).Copy();
        });
        t.AddMethod("union", static (self, args, kw) =>
        {
            ArgParser.NoKeywords($"{self.Type.Name}.union", kw);
            var s = (PySet)self;
            var r = s.Copy();
            foreach (var o in args) if (!ReferenceEquals(o, s)) r.Update(o);
            return r;
        });
        t.AddMethod("intersection", static (self, args, kw) =>
        {
            ArgParser.NoKeywords($"{self.Type.Name}.intersection", kw);
            return ((PySet)self).IntersectionMulti(args);
        });
        t.AddMethod("difference", static (self, args, kw) =>
        {
            ArgParser.NoKeywords($"{self.Type.Name}.difference", kw);
            var s = (PySet)self;
            if (args.Length == 0) return s.Copy();
            var r = s.Difference(args[0]);
            for (int i = 1; i < args.Length; i++) r.DifferenceUpdate(args[i]);
            return r;
        });
        t.AddMethod("symmetric_difference", static (self, args, kw) =>
            ((PySet)self).SymmetricDifference(SeqUtil.OneArg($"{self.Type.Name}.symmetric_difference", args, kw)));
        t.AddMethod("issubset", static (self, args, kw) => Py.Bool(((PySet)self).IsSubset(SeqUtil.OneArg($"{self.Type.Name}.issubset", args, kw))));
        t.AddMethod("issuperset", static (self, args, kw) => Py.Bool(((PySet)self).IsSuperset(SeqUtil.OneArg($"{self.Type.Name}.issuperset", args, kw))));
        t.AddMethod("isdisjoint", static (self, args, kw) => Py.Bool(((PySet)self).IsDisjoint(SeqUtil.OneArg($"{self.Type.Name}.isdisjoint", args, kw))));
        t.AddMethod("__contains__", static (self, args, kw) => Py.Bool(self.Contains(SeqUtil.OneArg("__contains__", args, kw))));
        t.AddMethod("__len__", static (self, args, kw) => { SeqUtil.NoArgs("__len__", args, kw); return PyInt.From(self.Length()); });
        t.AddMethod("__iter__", static (self, args, kw) => { SeqUtil.NoArgs("__iter__", args, kw); return self.Iter(); });
    }

    private static PyObject NewSet(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgParser.NoKeywords("set", kw);
        if (args.Length > 1) throw PyErr.TypeError($"set expected at most 1 argument, got {args.Length}");
        var s = new PySet();
        if (args.Length == 1) s.Update(args[0]);
        return s;
    }

    /// <summary>set_swap_bodies, one way: this set takes <paramref name="other"/>'s table.</summary>
    private void SwapBodies(PySet other)
    {
        _keys = other._keys; _hashes = other._hashes; _mask = other._mask;
        _fill = other._fill; _used = other._used; _hash = -1;
    }

    private PySet IntersectionMulti(ReadOnlySpan<PyObject> args)
    {
        if (args.Length == 0) return Copy();
        PySet r = this;
        foreach (var o in args) r = r.Intersection(o);
        return r;
    }

    /// <summary>set_intersection.</summary>
    public PySet Intersection(PyObject other)
    {
        if (ReferenceEquals(other, this)) return Copy();
        var result = MakeLike(this, null);
        if (other is PySet os)
        {
            PySet so = this;
            if (os._used > so._used) (so, os) = (os, so);
            int pos = 0;
            while (os.NextEntry(ref pos, out var key, out long h))
                if (so.Find(key, h) >= 0) result.AddEntry(key, h);
            return result;
        }
        var it = other.Iter();
        for (var key = it.Next(); key is not null; key = it.Next())
        {
            long h = key.Hash();
            if (Find(key, h) >= 0)
            {
                result.AddEntry(key, h);
                if (result._used >= _used) break;
            }
        }
        return result;
    }

    /// <summary>set_difference_update_internal.</summary>
    public void DifferenceUpdate(PyObject other)
    {
        if (ReferenceEquals(other, this)) { ClearTable(); return; }
        if (other is PySet os)
        {
            if ((os._used >> 3) > _used) os = Intersection(os);
            int pos = 0;
            while (os.NextEntry(ref pos, out var key, out long h)) DiscardEntry(key, h);
        }
        else
        {
            var it = other.Iter();
            for (var key = it.Next(); key is not null; key = it.Next()) Discard(key);
        }
        if ((uint)(_fill - _used) <= (uint)_mask / 4) return;
        Resize(_used > 50000 ? _used * 2 : _used * 4);
    }

    /// <summary>set_difference.</summary>
    public PySet Difference(PyObject other)
    {
        long otherSize;
        if (other is PySet os0) otherSize = os0._used;
        else if (other is PyDict d0 && d0.Type == PyDict.TypeObject) otherSize = d0.Count;
        else { var c = Copy(); c.DifferenceUpdate(other); return c; }
        if ((_used >> 2) > otherSize) { var c = Copy(); c.DifferenceUpdate(other); return c; }
        var result = MakeLike(this, null);
        int pos = 0;
        if (other is PyDict d)
        {
            while (NextEntry(ref pos, out var key, out long h))
                if (!d.ContainsKnownHash(key, h)) result.AddEntry(key, h);
            return result;
        }
        var os = (PySet)other;
        while (NextEntry(ref pos, out var key, out long h))
            if (os.Find(key, h) < 0) result.AddEntry(key, h);
        return result;
    }

    /// <summary>set_symmetric_difference_update.</summary>
    public void SymmetricDifferenceUpdate(PyObject other)
    {
        if (ReferenceEquals(other, this)) { ClearTable(); return; }
        if (other is PyDict d && d.Type == PyDict.TypeObject)
        {
            int dpos = 0;
            while (d.NextEntry(ref dpos, out var key, out _, out long h))
                if (!DiscardEntry(key, h)) AddEntry(key, h);
            return;
        }
        var os = other as PySet ?? MakeLike(this, other);
        int pos = 0;
        while (os.NextEntry(ref pos, out var key, out long h))
            if (!DiscardEntry(key, h)) AddEntry(key, h);
    }

    /// <summary>set_symmetric_difference.</summary>
    public PySet SymmetricDifference(PyObject other)
    {
        var r = MakeLike(this, other);
        r.SymmetricDifferenceUpdate(this);
        return r;
    }

    public bool IsSubset(PyObject other)
    {
        if (other is not PySet os) return Intersection(other)._used == _used;
        if (_used > os._used) return false;
        int pos = 0;
        while (NextEntry(ref pos, out var key, out long h))
            if (os.Find(key, h) < 0) return false;
        return true;
    }

    public bool IsSuperset(PyObject other)
    {
        if (other is PySet os) return os.IsSubset(this);
        var it = other.Iter();
        for (var key = it.Next(); key is not null; key = it.Next())
            if (!Contains(key)) return false;
        return true;
    }

    public bool IsDisjoint(PyObject other)
    {
        if (ReferenceEquals(other, this)) return _used == 0;
        if (other is PySet os)
        {
            PySet so = this;
            if (os._used > so._used) (so, os) = (os, so);
            int pos = 0;
            while (os.NextEntry(ref pos, out var key, out long h))
                if (so.Find(key, h) >= 0) return false;
            return true;
        }
        var it = other.Iter();
        for (var key = it.Next(); key is not null; key = it.Next())
            if (Contains(key)) return false;
        return true;
    }

    // ---- operators ------------------------------------------------------------------------------------
    public override PyObject BinaryOp(BinaryOp op, PyObject other)
    {
        if (other is not PySet os) return Py.NotImplemented;
        switch (op)
        {
            case Objects.BinaryOp.Or:
            {
                var r = Copy();
                if (!ReferenceEquals(os, this)) r.Update(os);
                return r;
            }
            case Objects.BinaryOp.And: return Intersection(os);
            case Objects.BinaryOp.Subtract: return Difference(os);
            case Objects.BinaryOp.Xor: return SymmetricDifference(os);
        }
        return Py.NotImplemented;
    }

    public override PyObject InplaceOp(BinaryOp op, PyObject other)
    {
        if (this is PyFrozenSet || other is not PySet os) return Py.NotImplemented;
        switch (op)
        {
            case Objects.BinaryOp.Or: Update(os); return this;
            case Objects.BinaryOp.And: SwapBodies(Intersection(os)); return this;
            case Objects.BinaryOp.Subtract: DifferenceUpdate(os); return this;
            case Objects.BinaryOp.Xor: SymmetricDifferenceUpdate(os); return this;
        }
        return Py.NotImplemented;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PySet w) return Py.NotImplemented;
        switch (op)
        {
            case CompareOp.Eq:
            case CompareOp.Ne:
            {
                bool eq = _used == w._used
                    && !(_hash != -1 && w._hash != -1 && _hash != w._hash)
                    && IsSubset(w);
                return Py.Bool(eq == (op == CompareOp.Eq));
            }
            case CompareOp.Le: return Py.Bool(IsSubset(w));
            case CompareOp.Ge: return Py.Bool(IsSuperset(w));
            case CompareOp.Lt: return Py.Bool(_used < w._used && IsSubset(w));
            default: return Py.Bool(_used > w._used && IsSuperset(w));
        }
    }
}
