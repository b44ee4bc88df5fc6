// The heapq module: CPython's _heapq C functions (siftdown/siftup with the same comparison order, the
// cache-friendly heapify for big lists, "list changed size during iteration" checks) plus the
// functions Lib/heapq.py writes in Python: nlargest, nsmallest and the lazy merge.
namespace GilRuntime.Core.Modules;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class HeapqModule
{
    public static PyModule Create()
    {
        var m = new PyModule("heapq");
        m.AddFunction("heappush", static (a, k) =>
        {
            ArgParser.Exactly("heappush", a, k, 2);
            var heap = ListArg("heappush", a[0]);
            heap.Append(a[1]);
            SiftDown(heap, 0, heap.Count - 1, false);
            return Py.None;
        });
        m.AddFunction("heappop", static (a, k) => Pop("heappop", a, k, false));
        m.AddFunction("_heappop_max", static (a, k) => Pop("_heappop_max", a, k, true));
        m.AddFunction("heapreplace", static (a, k) => Replace("heapreplace", a, k, false));
        m.AddFunction("_heapreplace_max", static (a, k) => Replace("_heapreplace_max", a, k, true));
        m.AddFunction("heappushpop", static (a, k) =>
        {
            ArgParser.Exactly("heappushpop", a, k, 2);
            var heap = ListArg("heappushpop", a[0]);
            var item = a[1];
            if (heap.Count == 0) return item;
            if (!Less(heap[0], item, false)) return item;
            if (heap.Count == 0) throw PyErr.IndexError("index out of range");
            var top = heap[0];
            heap[0] = item;
            SiftUp(heap, 0, false);
            return top;
        });
        m.AddFunction("heapify", static (a, k) => { Heapify("heapify", a, k, false); return Py.None; });
        m.AddFunction("_heapify_max", static (a, k) => { Heapify("_heapify_max", a, k, true); return Py.None; });
        m.AddFunction("nsmallest", static (a, k) => NBest("nsmallest", a, k, false));
        m.AddFunction("nlargest", static (a, k) => NBest("nlargest", a, k, true));
        m.AddFunction("merge", static (a, k) =>
        {
            int nkw = k?.Count ?? 0;
            PyObject? key = null;
            bool reverse = false;
            for (int i = 0; i < nkw; i++)
            {
                var name = ((PyStr)k![i]).Value;
                var v = a[a.Length - nkw + i];
                if (name == "key") key = v is PyNone ? null : v;
                else if (name == "reverse") reverse = Ops.IsTrue(v);
                else throw PyErr.TypeError($"merge() got an unexpected keyword argument '{name}'");
            }
            var its = new PyObject[a.Length - nkw];
            for (int i = 0; i < its.Length; i++) its[i] = a[i].Iter();
            return new PyHeapqMerge(its, key, reverse);
        });
        m.Add("__all__", new PyList([
            PyStr.From("heappush"), PyStr.From("heappop"), PyStr.From("heapify"), PyStr.From("heapreplace"),
            PyStr.From("merge"), PyStr.From("nlargest"), PyStr.From("nsmallest"), PyStr.From("heappushpop")]));
        return m;
    }

    private static PyList ListArg(string fname, PyObject o, bool only = false) =>
        o as PyList ?? throw PyErr.TypeError($"{fname}() argument{(only ? "" : " 1")} must be list, not {o.Type.Name}");

    /// <summary>The heap order: a &lt; b for min-heaps, b &lt; a for the _max variants.</summary>
    internal static bool Less(PyObject a, PyObject b, bool max)
    {
        if (max) (a, b) = (b, a);
        if (a is PyInt x && b is PyInt y && x.IsSmall && y.IsSmall
            && ReferenceEquals(x.Type, PyInt.TypeObject) && ReferenceEquals(y.Type, PyInt.TypeObject))
            return x.Value < y.Value;
        if (a is PyFloat f && b is PyFloat g && ReferenceEquals(f.Type, PyFloat.TypeObject) && ReferenceEquals(g.Type, PyFloat.TypeObject))
            return f.Value < g.Value;
        return Ops.RichCompareBool(a, b, CompareOp.Lt);
    }

    // CPython: siftdown / siftdown_max
    private static void SiftDown(PyList heap, int startpos, int pos, bool max)
    {
        int size = heap.Count;
        var newitem = heap[pos];
        while (pos > startpos)
        {
            int parentpos = (pos - 1) >> 1;
            var parent = heap[parentpos];
            bool lt = Less(newitem, parent, max);
            if (size != heap.Count) throw PyErr.RuntimeError("list changed size during iteration");
            if (!lt) break;
            parent = heap[parentpos];
            newitem = heap[pos];
            heap[parentpos] = newitem;
            heap[pos] = parent;
            pos = parentpos;
        }
    }

    // CPython: siftup / siftup_max (bottom-up: move the smaller child up to a leaf, then sift down)
    private static void SiftUp(PyList heap, int pos, bool max)
    {
        int endpos = heap.Count;
        int startpos = pos;
        int limit = endpos >> 1;
        while (pos < limit)
        {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos)
            {
                bool lt = Less(heap[childpos], heap[childpos + 1], max);
                if (endpos != heap.Count) throw PyErr.RuntimeError("list changed size during iteration");
                if (!lt) childpos++;
            }
            var tmp1 = heap[childpos];
            heap[childpos] = heap[pos];
            heap[pos] = tmp1;
            pos = childpos;
        }
        SiftDown(heap, startpos, pos, max);
    }

    private static PyObject Pop(string fname, ReadOnlySpan<PyObject> a, PyTuple? k, bool max)
    {
        ArgParser.Exactly(fname, a, k, 1);
        var heap = ListArg(fname, a[0], true);
        int n = heap.Count;
        if (n == 0) throw PyErr.IndexError("index out of range");
        var last = heap[n - 1];
        heap.RemoveAt(n - 1);
        if (n - 1 == 0) return last;
        var top = heap[0];
        heap[0] = last;
        SiftUp(heap, 0, max);
        return top;
    }

    private static PyObject Replace(string fname, ReadOnlySpan<PyObject> a, PyTuple? k, bool max)
    {
        ArgParser.Exactly(fname, a, k, 2);
        var heap = ListArg(fname, a[0]);
        if (heap.Count == 0) throw PyErr.IndexError("index out of range");
        var top = heap[0];
        heap[0] = a[1];
        SiftUp(heap, 0, max);
        return top;
    }

    private static void Heapify(string fname, ReadOnlySpan<PyObject> a, PyTuple? k, bool max)
    {
        ArgParser.Exactly(fname, a, k, 1);
        HeapifyList(ListArg(fname, a[0], true), max);
    }

    // CPython: heapify_internal, with cache_friendly_heapify above 2500 items (its sift order differs,
    // and so can the resulting arrangement, so it is reproduced).
    internal static void HeapifyList(PyList heap, bool max)
    {
        int n = heap.Count;
        if (n > 2500)
        {
            int m = n >> 1;
            int leftmost = (int)KeepTopBit((uint)(m + 1)) - 1;
            int mhalf = m >> 1;
            for (int i = leftmost - 1; i >= mhalf; i--)
                for (int j = i; ; j >>= 1) { SiftUp(heap, j, max); if ((j & 1) == 0) break; }
            for (int i = m - 1; i >= leftmost; i--)
                for (int j = i; ; j >>= 1) { SiftUp(heap, j, max); if ((j & 1) == 0) break; }
            return;
        }
        for (int i = n / 2 - 1; i >= 0; i--) SiftUp(heap, i, max);
    }

    private static uint KeepTopBit(uint n) => n == 0 ? 0 : 1u << (31 - System.Numerics.BitOperations.LeadingZeroCount(n));

    private static readonly string[] s_nbestNames = ["n", "iterable", "key"];

    /// <summary>
    /// heapq.py's nsmallest/nlargest. Their result is, by construction, the first n items of a stable
    /// sort by key (descending for nlargest); n == 1 uses min/max as heapq.py does.
    /// </summary>
    private static PyObject NBest(string fname, ReadOnlySpan<PyObject> a, PyTuple? k, bool largest)
    {
        var b = FuncArgs.Bind(fname, a, k, s_nbestNames, 3, 2);
        var key = b[2] is null or PyNone ? null : b[2];
        long n = Ops.AsIndex(b[0]!);
        var items = new PyList(Ops.ToClrList(b[1]!).ToArray());
        if (n <= 0 || items.Count == 0) return new PyList();
        if (n == 1)
        {
            PyObject best = items[0], bestKey = key is null ? best : key.Call([best], null);
            for (int i = 1; i < items.Count; i++)
            {
                var x = items[i];
                var kx = key is null ? x : key.Call([x], null);
                bool better = largest ? Ops.RichCompareBool(kx, bestKey, CompareOp.Gt) : Ops.RichCompareBool(kx, bestKey, CompareOp.Lt);
                if (better) { best = x; bestKey = kx; }
            }
            return new PyList([best]);
        }
        items.Sort(key, largest);
        if (n < items.Count)
        {
            var head = new PyObject[n];
            items.AsSpan()[..(int)n].CopyTo(head);
            return new PyList(head);
        }
        return items;
    }
}

/// <summary>heapq.merge: a lazy k-way merge over a heap of [key, order, value, iterator] entries.</summary>
public sealed class PyHeapqMerge : PyIteratorBase
{
    public static readonly PyType TypeObject = MakeType("generator", typeof(PyHeapqMerge));

    private sealed class Entry(PyObject key, long order, PyObject value, PyObject it)
    {
        public PyObject Key = key;
        public readonly long Order = order;
        public PyObject Value = value;
        public readonly PyObject It = it;
    }

    private readonly PyObject? _keyFunc;
    private readonly bool _reverse;
    private readonly List<Entry> _heap = new();
    private readonly PyObject[] _pending;
    private bool _started;
    private PyObject? _tail;          // the last iterator, drained directly (heapq.py's `yield from`)
    private Entry? _current;          // the entry whose value was just yielded and must advance next

    public PyHeapqMerge(PyObject[] iterators, PyObject? key, bool reverse)
    {
        _pending = iterators;
        _keyFunc = key;
        _reverse = reverse;
    }

    public override PyType Type => TypeObject;
    public override string Repr() => $"<generator object merge at {Ops.IdHex(this)}>";

    private bool EntryLess(Entry a, Entry b)
    {
        if (_reverse) (a, b) = (b, a);
        // list comparison: the first differing item decides (== first, then <).
        if (!Ops.Eq(a.Key, b.Key)) return Ops.RichCompareBool(a.Key, b.Key, CompareOp.Lt);
        return a.Order < b.Order;
    }

    private void SiftDown(int startpos, int pos)
    {
        var newitem = _heap[pos];
        while (pos > startpos)
        {
            int parentpos = (pos - 1) >> 1;
            var parent = _heap[parentpos];
            if (!EntryLess(newitem, parent)) break;
            _heap[pos] = parent;
            pos = parentpos;
        }
        _heap[pos] = newitem;
    }

    private void SiftUp(int pos)
    {
        int endpos = _heap.Count, startpos = pos, limit = endpos >> 1;
        var newitem = _heap[pos];
        while (pos < limit)
        {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos && !EntryLess(_heap[childpos], _heap[childpos + 1])) childpos++;
            _heap[pos] = _heap[childpos];
            pos = childpos;
        }
        _heap[pos] = newitem;
        SiftDown(startpos, pos);
    }

    private void Start()
    {
        _started = true;
        long direction = _reverse ? -1 : 1;
        for (int i = 0; i < _pending.Length; i++)
        {
            var it = _pending[i];
            var v = it.Next();
            if (v is null) continue;
            _heap.Add(new Entry(_keyFunc is null ? v : _keyFunc.Call([v], null), i * direction, v, it));
        }
        for (int i = _heap.Count / 2 - 1; i >= 0; i--) SiftUp(i);
    }

    public override PyObject? Next()
    {
        if (!_started) Start();
        if (_tail is not null) return _tail.Next();
        if (_current is not null)
        {
            var s = _current;
            _current = null;
            var v = s.It.Next();
            if (v is null)
            {
                // heappop: remove the exhausted entry.
                var last = _heap[^1];
                _heap.RemoveAt(_heap.Count - 1);
                if (_heap.Count > 0) { _heap[0] = last; SiftUp(0); }
            }
            else
            {
                s.Key = _keyFunc is null ? v : _keyFunc.Call([v], null);
                s.Value = v;
                SiftUp(0);
            }
        }
        if (_heap.Count == 0) return null;
        var top = _heap[0];
        if (_heap.Count == 1)
        {
            _tail = top.It;
            _heap.Clear();
            return top.Value;
        }
        _current = top;
        return top.Value;
    }
}
