// dict's Python-visible methods, constructor, repr, comparison and the | / |= operators.
namespace GilRuntime.Core.Objects;

public partial class PyDict
{
    private static PyType CreateType()
    {
        var t = PyType.Builtin("dict", typeof(PyDict), null, NewDict);
        t.AddMethod("keys", static (self, args, kw) => { SeqUtil.NoArgs("keys", args, kw); return new PyDictKeys((PyDict)self); });
        t.AddMethod("values", static (self, args, kw) => { SeqUtil.NoArgs("values", args, kw); return new PyDictValues((PyDict)self); });
        t.AddMethod("items", static (self, args, kw) => { SeqUtil.NoArgs("items", args, kw); return new PyDictItems((PyDict)self); });
        t.AddMethod("get", static (self, args, kw) =>
        {
            SeqUtil.ArgRange("get", args, kw, 1, 2);
            return ((PyDict)self).TryGetValue(args[0], out var v) ? v : args.Length > 1 ? args[1] : Py.None;
        });
        t.AddMethod("setdefault", static (self, args, kw) =>
        {
            SeqUtil.ArgRange("setdefault", args, kw, 1, 2);
            return ((PyDict)self).SetDefault(args[0], args.Length > 1 ? args[1] : Py.None);
        });
        t.AddMethod("pop", static (self, args, kw) =>
        {
            SeqUtil.ArgRange("pop", args, kw, 1, 2);
            var v = ((PyDict)self).Pop(args[0]);
            if (v is not null) return v;
            if (args.Length > 1) return args[1];
            throw PyErr.KeyError(args[0]);
        });
        t.AddMethod("popitem", static (self, args, kw) => { SeqUtil.NoArgs("popitem", args, kw); return ((PyDict)self).PopItem(); });
        t.AddMethod("update", static (self, args, kw) =>
        {
            int npos = SeqUtil.PosCount(args, kw);
            if (npos > 1) throw PyErr.TypeError($"update expected at most 1 argument, got {npos}");
            var d = (PyDict)self;
            if (npos == 1) d.Update(args[0]);
            d.UpdateFromKeywords(args, kw);
            return Py.None;
        });
        t.AddMethod("clear", static (self, args, kw) => { SeqUtil.NoArgs("clear", args, kw); ((PyDict)self).Clear(); return Py.None; });
        t.AddMethod("copy", static (self, args, kw) => { SeqUtil.NoArgs("copy", args, kw); return ((PyDict)self).Copy(); });
        t.AddMethod("__getitem__", static (self, args, kw) => self.GetItem(SeqUtil.OneArg("__getitem__", args, kw)));
        t.AddMethod("__setitem__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__setitem__", args, kw, 2);
            self.SetItem(args[0], args[1]); return Py.None;
        });
        t.AddMethod("__delitem__", static (self, args, kw) => { self.DelItem(SeqUtil.OneArg("__delitem__", args, kw)); return Py.None; });
        t.AddMethod("__contains__", static (self, args, kw) => Py.Bool(self.Contains(SeqUtil.OneArg("__contains__", args, kw))));
        t.AddMethod("__len__", static (self, args, kw) => { SeqUtil.NoArgs("__len__", args, kw); return PyInt.From(self.Length()); });
        t.AddMethod("__iter__", static (self, args, kw) => { SeqUtil.NoArgs("__iter__", args, kw); return self.Iter(); });
        t.AddMethod("__reversed__", static (self, args, kw) =>
        {
            SeqUtil.NoArgs("__reversed__", args, kw);
            return new PyDictReverseIterator((PyDict)self, PyDictIterator.Kind.Keys);
        });
        PyClassMethodDescriptor.Add(t, "fromkeys", static (type, args, kw) =>
        {
            SeqUtil.ArgRange("fromkeys", args, kw, 1, 2);
            var value = args.Length > 1 ? args[1] : Py.None;
            var d = new PyDict();
            if (args[0] is PyDict src)
            {
                int pos = 0;
                while (src.NextEntry(ref pos, out var k, out _, out long h)) d.Insert(k, h, value);
            }
            else if (args[0] is PySet ss)
            {
                int pos = 0;
                while (ss.NextEntry(ref pos, out var k, out long h)) d.Insert(k, h, value);
            }
            else
            {
                var it = args[0].Iter();
                for (var k = it.Next(); k is not null; k = it.Next()) d.SetItem(k, value);
            }
            return d;
        });
        SeqUtil.RegisterOperatorDunders(t, false, [Objects.BinaryOp.Or], [Objects.BinaryOp.Or]);
        return t;
    }

    private static PyObject NewDict(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int npos = SeqUtil.PosCount(args, kw);
        if (npos > 1) throw PyErr.TypeError($"dict expected at most 1 argument, got {npos}");
        var d = new PyDict();
        if (npos == 1) d.Update(args[0]);
        d.UpdateFromKeywords(args, kw);
        return d;
    }

    private void UpdateFromKeywords(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is null) return;
        int npos = args.Length - kw.Count;
        for (int i = 0; i < kw.Count; i++) SetItem(kw[i], args[npos + i]);
    }

    public PyObject SetDefault(PyObject key, PyObject dflt)
    {
        long h = key.Hash();
        int ix = Lookup(key, h, out _);
        if (ix >= 0) return _values[ix]!;
        Insert(key, h, dflt);
        return dflt;
    }

    public PyDict Copy()
    {
        var d = new PyDict(_used);
        int pos = 0;
        while (NextEntry(ref pos, out var k, out var v, out long h)) d.Insert(k, h, v);
        return d;
    }

    /// <summary>dict.update(other): a dict, a mapping with keys(), or an iterable of pairs.</summary>
    public void Update(PyObject other)
    {
        if (other is PyDict d)
        {
            if (ReferenceEquals(d, this)) return;
            int pos = 0;
            while (d.NextEntry(ref pos, out var k, out var v, out long h)) Insert(k, h, v);
            return;
        }
        var keysAttr = other.LookupAttr(PyStr.Intern("keys"));
        if (keysAttr is not null)
        {
            var it = keysAttr.Call(ReadOnlySpan<PyObject>.Empty, null).Iter();
            for (var k = it.Next(); k is not null; k = it.Next()) SetItem(k, other.GetItem(k));
            return;
        }
        MergeFromSeq2(other);
    }

    private void MergeFromSeq2(PyObject seq)
    {
        var it = seq.Iter();
        int n = 0;
        for (var item = it.Next(); item is not null; item = it.Next(), n++)
        {
            PyObject k, v;
            if (item is PyTuple t && t.Count == 2) { k = t[0]; v = t[1]; }
            else
            {
                List<PyObject> pair;
                try { pair = Ops.ToClrList(item); }
                catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError)
                {
                    throw PyErr.TypeError($"cannot convert dictionary update sequence element #{n} to a sequence");
                }
                if (pair.Count != 2)
                    throw PyErr.ValueError($"dictionary update sequence element #{n} has length {pair.Count}; 2 is required");
                k = pair[0]; v = pair[1];
            }
            SetItem(k, v);
        }
    }

    public override string Repr()
    {
        if (_used == 0) return "{}";
        if (!SeqUtil.ReprEnter(this)) return "{...}";
        try
        {
            var sb = new System.Text.StringBuilder("{");
            int pos = 0;
            bool first = true;
            while (NextEntry(ref pos, out var k, out var v, out _))
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(k.Repr()).Append(": ").Append(v.Repr());
            }
            return sb.Append('}').ToString();
        }
        finally { SeqUtil.ReprLeave(this); }
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyDict b || (op != CompareOp.Eq && op != CompareOp.Ne)) return Py.NotImplemented;
        bool eq = DictEqual(b);
        return Py.Bool(eq == (op == CompareOp.Eq));
    }

    private bool DictEqual(PyDict b)
    {
        if (_used != b._used) return false;
        for (int i = 0; i < _nentries; i++)
        {
            var k = _keys[i];
            if (k is null) continue;
            var av = _values[i]!;
            int bix = b.Lookup(k, _hashes[i], out _);
            if (bix < 0) return false;
            var bv = b._values[bix]!;
            if (!Ops.RichCompareBool(av, bv, CompareOp.Eq)) return false;
        }
        return true;
    }

    public override PyObject BinaryOp(BinaryOp op, PyObject other)
    {
        if (op != Objects.BinaryOp.Or || other is not PyDict d) return Py.NotImplemented;
        var r = Copy();
        r.Update(d);
        return r;
    }

    public override PyObject ReflectedBinaryOp(BinaryOp op, PyObject left)
    {
        if (op != Objects.BinaryOp.Or || left is not PyDict d) return Py.NotImplemented;
        var r = d.Copy();
        r.Update(this);
        return r;
    }

    public override PyObject InplaceOp(BinaryOp op, PyObject other)
    {
        if (op != Objects.BinaryOp.Or) return Py.NotImplemented;
        Update(other);
        return this;
    }
}
