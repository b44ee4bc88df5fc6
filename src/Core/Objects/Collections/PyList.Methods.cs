// list's Python-visible methods and list.sort: a stable merge sort (binary insertion for short runs)
// that compares only with '<' and calls the key function once per item. While sorting, the list
// looks empty; a mutation seen afterwards raises "list modified during sort", as in CPython.
namespace GilRuntime.Core.Objects;

public partial class PyList
{
    private static readonly string[] s_sortNames = ["key", "reverse"];

    private static PyType CreateType()
    {
        var t = PyType.Builtin("list", typeof(PyList), null, NewList);
        t.AddMethod("append", static (self, args, kw) => { ((PyList)self).Append(SeqUtil.OneArg("list.append", args, kw)); return Py.None; });
        t.AddMethod("extend", static (self, args, kw) => { ((PyList)self).Extend(SeqUtil.OneArg("list.extend", args, kw)); return Py.None; });
        t.AddMethod("insert", static (self, args, kw) =>
        {
            ArgParser.NoKeywords("insert", kw);
            if (args.Length != 2) throw PyErr.TypeError($"insert expected 2 arguments, got {args.Length}");
            ((PyList)self).Insert(Ops.AsIndex(args[0]), args[1]);
            return Py.None;
        });
        t.AddMethod("pop", static (self, args, kw) =>
        {
            SeqUtil.ArgRange("pop", args, kw, 0, 1);
            var l = (PyList)self;
            long i = args.Length == 1 ? Ops.AsIndex(args[0]) : -1;
            if (l._count == 0) throw PyErr.IndexError("pop from empty list");
            if (i < 0) i += l._count;
            if ((ulong)i >= (ulong)l._count) throw PyErr.IndexError("pop index out of range");
            var v = l._items[i];
            l.RemoveAt((int)i);
            return v;
        });
        t.AddMethod("remove", static (self, args, kw) =>
        {
            var x = SeqUtil.OneArg("list.remove", args, kw);
            var l = (PyList)self;
            for (int i = 0; i < l._count; i++)
                if (Ops.RichCompareBool(l._items[i], x, CompareOp.Eq)) { l.RemoveAt(i); return Py.None; }
            throw PyErr.ValueError("list.remove(x): x not in list");
        });
        t.AddMethod("index", static (self, args, kw) =>
        {
            SeqUtil.ArgRange("index", args, kw, 1, 3);
            long start = args.Length > 1 ? SeqUtil.SliceArg(args[1], 0) : 0;
            long stop = args.Length > 2 ? SeqUtil.SliceArg(args[2], long.MaxValue) : long.MaxValue;
            long r = ((PyList)self).IndexOf(args[0], start, stop);
            if (r < 0) throw PyErr.ValueError($"{args[0].Repr()} is not in list");
            return PyInt.From(r);
        });
        t.AddMethod("count", static (self, args, kw) =>
        {
            var x = SeqUtil.OneArg("list.count", args, kw);
            var l = (PyList)self;
            long n = 0;
            for (int i = 0; i < l._count; i++) if (Ops.RichCompareBool(l._items[i], x, CompareOp.Eq)) n++;
            return PyInt.From(n);
        });
        t.AddMethod("reverse", static (self, args, kw) => { SeqUtil.NoArgs("reverse", args, kw); ((PyList)self).Reverse(); return Py.None; });
        t.AddMethod("copy", static (self, args, kw) => { SeqUtil.NoArgs("copy", args, kw); return ((PyList)self).Copy(); });
        t.AddMethod("clear", static (self, args, kw) => { SeqUtil.NoArgs("clear", args, kw); ((PyList)self).Clear(); return Py.None; });
        t.AddMethod("sort", static (self, args, kw) =>
        {
            var a = ArgParser.Bind("sort", args, kw, s_sortNames, 0, 0, 0);
            var key = a[0] is null || a[0] is PyNone ? null : a[0];
            bool reverse = a[1] is not null && Ops.IsTrue(a[1]!);
            ((PyList)self).Sort(key, reverse);
            return Py.None;
        });
        t.AddMethod("__getitem__", static (self, args, kw) => self.GetItem(SeqUtil.OneArg("__getitem__", args, kw)));
        t.AddMethod("__setitem__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__setitem__", args, kw, 2);
            self.SetItem(args[0], args[1]); return Py.None;
        });
        t.AddMethod("__delitem__", static (self, args, kw) => { self.DelItem(SeqUtil.OneArg("__delitem__", args, kw)); return Py.None; });
        t.AddMethod("__len__", static (self, args, kw) => { SeqUtil.NoArgs("__len__", args, kw); return PyInt.From(self.Length()); });
        t.AddMethod("__contains__", static (self, args, kw) => Py.Bool(self.Contains(SeqUtil.OneArg("__contains__", args, kw))));
        t.AddMethod("__iter__", static (self, args, kw) => { SeqUtil.NoArgs("__iter__", args, kw); return self.Iter(); });
        t.AddMethod("__reversed__", static (self, args, kw) => { SeqUtil.NoArgs("__reversed__", args, kw); return new PyListReverseIterator((PyList)self); });
        SeqUtil.RegisterOperatorDunders(t, false, [Objects.BinaryOp.Add, Objects.BinaryOp.Multiply], [Objects.BinaryOp.Add, Objects.BinaryOp.Multiply]);
        return t;
    }

    /// <summary>list.sort(key, reverse): stable; only '<' is used.</summary>
    public void Sort(PyObject? key = null, bool reverse = false)
    {
        // CPython: list_sort_impl. Detach the items so the list looks empty during the sort.
        var items = _items;
        int n = _count;
        _items = [];
        _count = 0;
        try
        {
            if (n > 1)
            {
                PyObject[]? keys = null;
                if (key is not null)
                {
                    keys = new PyObject[n];
                    for (int i = 0; i < n; i++) keys[i] = key.Call(new ReadOnlySpan<PyObject>(in items[i]), null);
                }
                // reverse=True keeps stability by reversing, sorting, reversing again.
                if (reverse) { Array.Reverse(items, 0, n); if (keys is not null) Array.Reverse(keys, 0, n); }
                MergeSort(keys ?? items, keys is null ? null : items, n);
                if (reverse) Array.Reverse(items, 0, n);
            }
        }
        finally
        {
            bool modified = _count != 0 || _items.Length != 0;
            _items = items;
            _count = n;
            if (modified) throw PyErr.ValueError("list modified during sort");
        }
    }

    /// <summary>Sorts keys[0..n) stably; <paramref name="values"/> (when given) is permuted alongside.</summary>
    private static void MergeSort(PyObject[] keys, PyObject[]? values, int n)
    {
        const int Run = 16;
        for (int lo = 0; lo < n; lo += Run)
            BinaryInsertion(keys, values, lo, Math.Min(lo + Run, n));
        if (n <= Run) return;
        var tk = new PyObject[n];
        var tv = values is null ? null : new PyObject[n];
        for (int width = Run; width < n; width *= 2)
        {
            for (int lo = 0; lo < n - width; lo += 2 * width)
            {
                int mid = lo + width, hi = Math.Min(lo + 2 * width, n);
                // Already ordered: skip the merge.
                if (!Ops.RichCompareBool(keys[mid], keys[mid - 1], CompareOp.Lt)) continue;
                Merge(keys, values, tk, tv, lo, mid, hi);
            }
        }
    }

    private static void BinaryInsertion(PyObject[] keys, PyObject[]? values, int lo, int hi)
    {
        for (int i = lo + 1; i < hi; i++)
        {
            var pivot = keys[i];
            int l = lo, r = i;
            while (l < r)
            {
                int m = (l + r) >>> 1;
                if (Ops.RichCompareBool(pivot, keys[m], CompareOp.Lt)) r = m; else l = m + 1;
            }
            if (l == i) continue;
            Array.Copy(keys, l, keys, l + 1, i - l);
            keys[l] = pivot;
            if (values is not null)
            {
                var pv = values[i];
                Array.Copy(values, l, values, l + 1, i - l);
                values[l] = pv;
            }
        }
    }

    private static void Merge(PyObject[] keys, PyObject[]? values, PyObject[] tk, PyObject[]? tv, int lo, int mid, int hi)
    {
        int leftLen = mid - lo;
        Array.Copy(keys, lo, tk, lo, leftLen);
        if (values is not null) Array.Copy(values, lo, tv!, lo, leftLen);
        int i = lo, j = mid, k = lo;
        try
        {
            while (i < mid && j < hi)
            {
                // Take from the right only when strictly smaller: stability.
                if (Ops.RichCompareBool(keys[j], tk[i], CompareOp.Lt))
                {
                    if (values is not null) values[k] = values[j];
                    keys[k++] = keys[j++];
                }
                else
                {
                    if (values is not null) values[k] = tv![i];
                    keys[k++] = tk[i++];
                }
            }
        }
        finally
        {
            // On success or on an exception from '<', every item stays in the array exactly once.
            while (i < mid)
            {
                if (values is not null) values[k] = tv![i];
                keys[k++] = tk[i++];
            }
        }
    }
}
