// list: a growable array of references (CPython's Objects/listobject.c). Indexing, slicing with any
// step, slice assignment and deletion, the Python-visible methods and a stable merge sort that uses
// only '<', as list.sort does.
namespace GilRuntime.Core.Objects;

public partial class PyList : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private PyObject[] _items;
    private int _count;

    public PyList() { _items = []; }
    public PyList(int capacity) { _items = capacity == 0 ? [] : new PyObject[capacity]; }
    /// <summary>Takes ownership of <paramref name="items"/>.</summary>
    public PyList(PyObject[] items) { _items = items; _count = items.Length; }

    public int Count => _count;
    public PyObject this[int i] { get => _items[i]; set => _items[i] = value; }
    public Span<PyObject> AsSpan() => _items.AsSpan(0, _count);

    public void Append(PyObject item)
    {
        if (_count == _items.Length) Grow(_count + 1);
        _items[_count++] = item;
    }

    private void Grow(int min)
    {
        int cap = Math.Max(Math.Max(4, _items.Length + (_items.Length >> 1)), min);
        Array.Resize(ref _items, cap);
    }

    /// <summary>Appends every item of an iterable (list.extend).</summary>
    public void Extend(PyObject iterable)
    {
        // Exact types only: a subclass may override __iter__ (list_extend's CheckExact).
        switch (iterable.GetType() == typeof(PyList) || iterable.GetType() == typeof(PyTuple) ? iterable : null)
        {
            case PyList l:
            {
                int n = l._count;
                if (_count + n > _items.Length) Grow(_count + n);
                Array.Copy(l._items, 0, _items, _count, n);
                _count += n;
                return;
            }
            case PyTuple t:
            {
                int n = t.Items.Length;
                if (_count + n > _items.Length) Grow(_count + n);
                Array.Copy(t.Items, 0, _items, _count, n);
                _count += n;
                return;
            }
        }
        var it = iterable.Iter();
        for (var x = it.Next(); x is not null; x = it.Next()) Append(x);
    }

    public void Insert(long where, PyObject item)
    {
        if (where < 0) { where += _count; if (where < 0) where = 0; }
        if (where > _count) where = _count;
        if (_count == _items.Length) Grow(_count + 1);
        Array.Copy(_items, where, _items, where + 1, _count - where);
        _items[where] = item;
        _count++;
    }

    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _items = [];
        _count = 0;
    }

    public PyList Copy() => new(AsSpan().ToArray());

    private static PyObject NewList(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgParser.NoKeywords("list", kw);
        if (args.Length > 1) throw PyErr.TypeError($"list expected at most 1 argument, got {args.Length}");
        var l = new PyList();
        if (args.Length == 1) l.Extend(args[0]);
        return l;
    }

    public override PyType Type => TypeObject;
    public override bool IsTrue() => _count != 0;
    public override bool HasLength => true;
    public override long Length() => _count;
    public override long Hash() => throw SeqUtil.Unhashable(this);
    public override PyObject Iter() => new PyListIterator(this);

    public override string Repr()
    {
        if (_count == 0) return "[]";
        if (!SeqUtil.ReprEnter(this)) return "[...]";
        try
        {
            var sb = new System.Text.StringBuilder("[");
            // The list may change while an item's repr runs: re-read the count each time.
            for (int i = 0; i < _count; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(_items[i].Repr());
            }
            return sb.Append(']').ToString();
        }
        finally { SeqUtil.ReprLeave(this); }
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyList l) return Py.NotImplemented;
        return SeqUtil.CompareSequences(_items, _count, l._items, l._count, op);
    }

    public override bool Contains(PyObject item)
    {
        for (int i = 0; i < _count; i++)
            if (Ops.RichCompareBool(_items[i], item, CompareOp.Eq)) return true;
        return false;
    }

    // ---- indexing -----------------------------------------------------------------------------------
    public override PyObject GetItem(PyObject key)
    {
        if (SeqUtil.TryIndex(key, out long i))
        {
            if (i < 0) i += _count;
            if ((ulong)i >= (ulong)_count) throw PyErr.IndexError("list index out of range");
            return _items[i];
        }
        if (key is PySlice s)
        {
            s.GetIndices(_count, out long start, out _, out long step, out long n);
            if (n <= 0) return new PyList();
            var r = new PyObject[n];
            if (step == 1) Array.Copy(_items, start, r, 0, n);
            else for (long k = 0, j = start; k < n; k++, j += step) r[k] = _items[j];
            return new PyList(r);
        }
        throw PyErr.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (SeqUtil.TryIndex(key, out long i))
        {
            if (i < 0) i += _count;
            if ((ulong)i >= (ulong)_count) throw PyErr.IndexError("list assignment index out of range");
            _items[i] = value;
            return;
        }
        if (key is PySlice s) { AssignSlice(s, value); return; }
        throw PyErr.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
    }

    public override void DelItem(PyObject key)
    {
        if (SeqUtil.TryIndex(key, out long i))
        {
            if (i < 0) i += _count;
            if ((ulong)i >= (ulong)_count) throw PyErr.IndexError("list assignment index out of range");
            RemoveAt((int)i);
            return;
        }
        if (key is PySlice s)
        {
            s.GetIndices(_count, out long start, out long stop, out long step, out long n);
            if (n <= 0) return;
            if (step == 1) { ReplaceRange((int)start, (int)(start + n), ReadOnlySpan<PyObject>.Empty); return; }
            if (step < 0) { start = start + step * (n - 1); step = -step; }
            // Compact in place, skipping every step-th item from start.
            int w = (int)start;
            long next = start;
            for (int r = (int)start; r < _count; r++)
            {
                if (r == next && next < start + step * n) { next += step; continue; }
                _items[w++] = _items[r];
            }
            Array.Clear(_items, w, _count - w);
            _count = w;
            return;
        }
        throw PyErr.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
    }

    public void RemoveAt(int i)
    {
        _count--;
        if (i < _count) Array.Copy(_items, i + 1, _items, i, _count - i);
        _items[_count] = null!;
    }

    private void AssignSlice(PySlice s, PyObject value)
    {
        s.GetIndices(_count, out long start, out long stop, out long step, out long n);
        PyObject[] seq;
        if (ReferenceEquals(value, this)) seq = AsSpan().ToArray();
        else if (value is PyList l) seq = l.AsSpan().ToArray();
        else if (value is PyTuple t) seq = t.Items;
        else
        {
            PyObject it;
            try { it = value.Iter(); }
            catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError)
            {
                throw PyErr.TypeError(step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
            }
            var tmp = new List<PyObject>();
            for (var x = it.Next(); x is not null; x = it.Next()) tmp.Add(x);
            seq = tmp.ToArray();
        }
        if (step == 1)
        {
            if (stop < start) stop = start;
            ReplaceRange((int)start, (int)stop, seq);
            return;
        }
        if (seq.Length != n)
            throw PyErr.ValueError($"attempt to assign sequence of size {seq.Length} to extended slice of size {n}");
        for (long k = 0, j = start; k < n; k++, j += step) _items[j] = seq[k];
    }

    /// <summary>Replaces items [lo, hi) with <paramref name="repl"/> (list_ass_slice).</summary>
    private void ReplaceRange(int lo, int hi, ReadOnlySpan<PyObject> repl)
    {
        int d = repl.Length - (hi - lo);
        int newCount = _count + d;
        if (d > 0)
        {
            if (newCount > _items.Length) Grow(newCount);
            Array.Copy(_items, hi, _items, hi + d, _count - hi);
        }
        else if (d < 0)
        {
            Array.Copy(_items, hi, _items, hi + d, _count - hi);
            Array.Clear(_items, newCount, -d);
        }
        repl.CopyTo(_items.AsSpan(lo));
        _count = newCount;
    }

    // ---- operators ----------------------------------------------------------------------------------
    public override PyObject? SequenceConcat(PyObject other)
    {
        if (other is not PyList l)
            throw PyErr.TypeError($"can only concatenate list (not \"{other.Type.Name}\") to list");
        var r = new PyObject[_count + l._count];
        Array.Copy(_items, r, _count);
        Array.Copy(l._items, 0, r, _count, l._count);
        return new PyList(r);
    }

    public override PyObject? SequenceRepeat(long count)
    {
        if (count <= 0 || _count == 0) return new PyList();
        if (count > int.MaxValue / _count) throw PyErr.MemoryError("");
        var r = new PyObject[_count * count];
        for (long k = 0; k < count; k++) Array.Copy(_items, 0, r, k * _count, _count);
        return new PyList(r);
    }

    public override PyObject InplaceOp(BinaryOp op, PyObject other)
    {
        if (op == Objects.BinaryOp.Add) { Extend(other); return this; }
        if (op == Objects.BinaryOp.Multiply)
        {
            var idx = other.Index();
            if (idx is null) return Py.NotImplemented;
            long n = idx.IsSmall ? idx.Value : (idx.ToBigInteger().Sign < 0 ? 0 : long.MaxValue);
            if (n <= 0 || _count == 0) { Clear(); return this; }
            if (n > int.MaxValue / _count) throw PyErr.MemoryError("");
            int old = _count;
            int total = (int)(old * n);
            if (total > _items.Length) Array.Resize(ref _items, total);
            for (long k = 1; k < n; k++) Array.Copy(_items, 0, _items, k * old, old);
            _count = total;
            return this;
        }
        return Py.NotImplemented;
    }

    public long IndexOf(PyObject x, long start, long stop)
    {
        SeqUtil.AdjustIndices(ref start, ref stop, _count);
        for (long i = start; i < stop && i < _count; i++)
            if (Ops.RichCompareBool(_items[i], x, CompareOp.Eq)) return i;
        return -1;
    }

    public void Reverse() => Array.Reverse(_items, 0, _count);
}
