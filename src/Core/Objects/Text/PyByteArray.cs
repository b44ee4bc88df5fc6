// bytearray: a mutable sequence of bytes with list-like mutation (append, extend, pop, item and
// slice assignment and deletion).
namespace GilRuntime.Core.Objects;

public class PyByteArray : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private byte[] _data;
    private int _count;

    public PyByteArray() { _data = []; }
    /// <summary>Takes ownership of <paramref name="data"/>.</summary>
    public PyByteArray(byte[] data) { _data = data; _count = data.Length; }

    public int Count => _count;
    public Span<byte> Span => _data.AsSpan(0, _count);

    private static PyType CreateType()
    {
        var t = PyType.Builtin("bytearray", typeof(PyByteArray), null, NewByteArray);
        BytesMethods.Register(t);
        t.AddMethod("append", static (self, args, kw) =>
        {
            ((PyByteArray)self).Append(BytesOps.ByteValue(SeqUtil.OneArg("bytearray.append", args, kw)));
            return Py.None;
        });
        t.AddMethod("extend", static (self, args, kw) =>
        {
            var o = SeqUtil.OneArg("bytearray.extend", args, kw);
            var a = (PyByteArray)self;
            if (o is PyStr) throw PyErr.TypeError("expected iterable of integers; got: 'str'");
            var data = BytesOps.AsBytes(o) ?? BytesOps.FromObject(o is PyInt ? throw PyErr.TypeError($"can't extend bytearray with {o.Type.Name}") : o, "byte must be in range(0, 256)");
            foreach (var b in data) a.Append(b);
            return Py.None;
        });
        t.AddMethod("pop", static (self, args, kw) =>
        {
            SeqUtil.ArgRange("pop", args, kw, 0, 1);
            var a = (PyByteArray)self;
            long i = args.Length == 1 ? Ops.AsIndex(args[0]) : -1;
            if (a._count == 0) throw PyErr.IndexError("pop from empty bytearray");
            if (i < 0) i += a._count;
            if ((ulong)i >= (ulong)a._count) throw PyErr.IndexError("pop index out of range");
            byte v = a._data[i];
            a.Replace((int)i, (int)i + 1, []);
            return PyInt.From(v);
        });
        t.AddMethod("insert", static (self, args, kw) =>
        {
            ArgParser.NoKeywords("insert", kw);
            if (args.Length != 2) throw PyErr.TypeError($"insert expected 2 arguments, got {args.Length}");
            var a = (PyByteArray)self;
            long i = Ops.AsIndex(args[0]);
            byte v = BytesOps.ByteValue(args[1]);
            if (i < 0) { i += a._count; if (i < 0) i = 0; }
            if (i > a._count) i = a._count;
            a.Replace((int)i, (int)i, [v]);
            return Py.None;
        });
        t.AddMethod("remove", static (self, args, kw) =>
        {
            var a = (PyByteArray)self;
            byte v = BytesOps.ByteValue(SeqUtil.OneArg("bytearray.remove", args, kw));
            int i = a.Span.IndexOf(v);
            if (i < 0) throw PyErr.ValueError("value not found in bytearray");
            a.Replace(i, i + 1, []);
            return Py.None;
        });
        t.AddMethod("clear", static (self, args, kw) => { SeqUtil.NoArgs("clear", args, kw); var a = (PyByteArray)self; a._data = []; a._count = 0; return Py.None; });
        t.AddMethod("copy", static (self, args, kw) => { SeqUtil.NoArgs("copy", args, kw); return new PyByteArray(((PyByteArray)self).Span.ToArray()); });
        t.AddMethod("reverse", static (self, args, kw) => { SeqUtil.NoArgs("reverse", args, kw); ((PyByteArray)self).Span.Reverse(); return Py.None; });
        t.AddMethod("__setitem__", static (self, args, kw) => { ArgParser.Exactly("__setitem__", args, kw, 2); self.SetItem(args[0], args[1]); return Py.None; });
        t.AddMethod("__delitem__", static (self, args, kw) => { self.DelItem(SeqUtil.OneArg("__delitem__", args, kw)); return Py.None; });
        SeqUtil.RegisterOperatorDunders(t, false, [Objects.BinaryOp.Add, Objects.BinaryOp.Multiply], [Objects.BinaryOp.Add, Objects.BinaryOp.Multiply]);
        return t;
    }

    private static PyObject NewByteArray(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        new PyByteArray(BytesOps.Construct("bytearray", args, kw, "byte must be in range(0, 256)"));

    public void Append(byte b)
    {
        if (_count == _data.Length) Array.Resize(ref _data, Math.Max(8, _count * 2));
        _data[_count++] = b;
    }

    /// <summary>Replaces bytes [lo, hi) with <paramref name="repl"/>.</summary>
    private void Replace(int lo, int hi, ReadOnlySpan<byte> repl)
    {
        int newCount = _count - (hi - lo) + repl.Length;
        var tail = _data.AsSpan(hi, _count - hi).ToArray();
        if (newCount > _data.Length) Array.Resize(ref _data, Math.Max(newCount, _data.Length * 2));
        repl.CopyTo(_data.AsSpan(lo));
        tail.CopyTo(_data.AsSpan(lo + repl.Length));
        _count = newCount;
    }

    public override PyType Type => TypeObject;
    public override bool IsTrue() => _count != 0;
    public override bool HasLength => true;
    public override long Length() => _count;
    public override long Hash() => throw SeqUtil.Unhashable(this);
    public override string Repr() => "bytearray(" + BytesOps.Repr(Span, "b", alwaysEscapeSingle: true) + ")";
    public override PyObject RichCompare(PyObject other, CompareOp op) => PyBytes.CompareBytes(Span, other, op);
    public override bool Contains(PyObject item) => PyBytes.ContainsIn(Span, item);
    public override PyObject Iter() => new PyBytesIterator(this);

    public override PyObject GetItem(PyObject key)
    {
        if (SeqUtil.TryIndex(key, out long i))
        {
            if (i < 0) i += _count;
            if ((ulong)i >= (ulong)_count) throw PyErr.IndexError("bytearray index out of range");
            return PyInt.From(_data[i]);
        }
        if (key is PySlice s) return new PyByteArray(PyBytes.SliceOf(Span, s));
        throw PyErr.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (SeqUtil.TryIndex(key, out long i))
        {
            if (i < 0) i += _count;
            if ((ulong)i >= (ulong)_count) throw PyErr.IndexError("bytearray index out of range");
            _data[i] = BytesOps.ByteValue(value);
            return;
        }
        if (key is PySlice s)
        {
            byte[] repl = value switch
            {
                PyBytes b => b.Value,
                PyByteArray a => a.Span.ToArray(),
                PyInt => throw PyErr.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)"),
                _ => BytesOps.FromObject(value, "byte must be in range(0, 256)"),
            };
            s.GetIndices(_count, out long start, out long stop, out long step, out long n);
            if (step == 1)
            {
                if (stop < start) stop = start;
                Replace((int)start, (int)stop, repl);
                return;
            }
            if (repl.Length != n)
                throw PyErr.ValueError($"attempt to assign bytes of size {repl.Length} to extended slice of size {n}");
            for (long k = 0, j = start; k < n; k++, j += step) _data[j] = repl[k];
            return;
        }
        throw PyErr.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
    }

    public override void DelItem(PyObject key)
    {
        if (SeqUtil.TryIndex(key, out long i))
        {
            if (i < 0) i += _count;
            if ((ulong)i >= (ulong)_count) throw PyErr.IndexError("bytearray index out of range");
            Replace((int)i, (int)i + 1, []);
            return;
        }
        if (key is PySlice s)
        {
            s.GetIndices(_count, out long start, out long stop, out long step, out long n);
            if (n <= 0) return;
            if (step == 1) { Replace((int)start, (int)(start + n), []); return; }
            var keep = new List<byte>(_count);
            var drop = new HashSet<long>();
            for (long k = 0, j = start; k < n; k++, j += step) drop.Add(j);
            for (int j = 0; j < _count; j++) if (!drop.Contains(j)) keep.Add(_data[j]);
            _data = keep.ToArray();
            _count = _data.Length;
            return;
        }
        throw PyErr.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
    }

    public override PyObject? SequenceConcat(PyObject other)
    {
        var b = BytesOps.AsSpanOrNull(other, out bool ok);
        if (!ok) throw PyErr.TypeError($"can't concat {other.Type.Name} to bytearray");
        var r = new byte[_count + b.Length];
        Span.CopyTo(r);
        b.CopyTo(r.AsSpan(_count));
        return new PyByteArray(r);
    }

    public override PyObject? SequenceRepeat(long count) => new PyByteArray(PyBytes.Repeat(Span, count));

    public override PyObject BinaryOp(BinaryOp op, PyObject other) =>
        op == Objects.BinaryOp.Remainder ? new PyByteArray(BytesPercent.Format(Span, other)) : Py.NotImplemented;

    public override PyObject InplaceOp(BinaryOp op, PyObject other)
    {
        if (op == Objects.BinaryOp.Add)
        {
            var b = BytesOps.AsSpanOrNull(other, out bool ok);
            if (!ok) throw PyErr.TypeError($"can't concat {other.Type.Name} to bytearray");
            var copy = b.ToArray();
            Replace(_count, _count, copy);
            return this;
        }
        if (op == Objects.BinaryOp.Multiply && other.Index() is not null)
        {
            var r = PyBytes.Repeat(Span, Ops.AsIndex(other));
            _data = r; _count = r.Length;
            return this;
        }
        return Py.NotImplemented;
    }
}
