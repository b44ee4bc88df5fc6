// The bisect module (CPython's _bisect): binary search over any sequence with '<' only, optional
// key= applied to the sequence's items (never to x, except in insort), and insort through list.insert
// (or the object's own insert method for other sequences).
namespace GilRuntime.Core.Modules;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class BisectModule
{
    private static readonly string[] s_names = ["a", "x", "lo", "hi", "key"];

    public static PyModule Create()
    {
        var m = new PyModule("bisect");
        m.AddFunction("bisect_right", static (a, k) => Bisect("bisect_right", a, k, true));
        m.AddFunction("bisect_left", static (a, k) => Bisect("bisect_left", a, k, false));
        m.AddFunction("insort_right", static (a, k) => Insort("insort_right", a, k, true));
        m.AddFunction("insort_left", static (a, k) => Insort("insort_left", a, k, false));
        m.Add("bisect", m.Dict.GetItem(PyStr.From("bisect_right")));
        m.Add("insort", m.Dict.GetItem(PyStr.From("insort_right")));
        return m;
    }

    private static PyObject Bisect(string fname, ReadOnlySpan<PyObject> args, PyTuple? kw, bool right)
    {
        var b = ArgParser.Bind(fname, args, kw, s_names, 2, 0, 4);
        var (seq, lo, hi, key) = Bounds(b);
        return PyInt.From(Search(seq, b[1]!, lo, hi, key, right));
    }

    private static PyObject Insort(string fname, ReadOnlySpan<PyObject> args, PyTuple? kw, bool right)
    {
        var b = ArgParser.Bind(fname, args, kw, s_names, 2, 0, 4);
        var (seq, lo, hi, key) = Bounds(b);
        var x = b[1]!;
        long index = Search(seq, key is null ? x : key.Call([x], null), lo, hi, key, right);
        if (seq is PyList list && ReferenceEquals(list.Type, PyList.TypeObject)) list.Insert(index, x);
        else Ops.GetAttr(seq, "insert").Call([PyInt.From(index), x], null);
        return Py.None;
    }

    private static (PyObject Seq, long Lo, long Hi, PyObject? Key) Bounds(PyObject?[] b)
    {
        var seq = b[0]!;
        long lo = b[2] is null ? 0 : Ops.AsIndex(b[2]!);
        if (lo < 0) throw PyErr.ValueError("lo must be non-negative");
        long hi = b[3] is null or PyNone ? Ops.Length(seq) : Ops.AsIndex(b[3]!);
        return (seq, lo, hi, b[4] is null or PyNone ? null : b[4]);
    }

    // CPython: internal_bisect_right / internal_bisect_left
    private static long Search(PyObject seq, PyObject x, long lo, long hi, PyObject? key, bool right)
    {
        while (lo < hi)
        {
            long mid = (long)(((ulong)lo + (ulong)hi) / 2);
            var item = ItemAt(seq, mid);
            if (key is not null) item = key.Call([item], null);
            bool goLeft = right ? HeapqModule.Less(x, item, false) : !HeapqModule.Less(item, x, false);
            if (goLeft) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    private static PyObject ItemAt(PyObject seq, long i)
    {
        if (seq is PyList l && ReferenceEquals(l.Type, PyList.TypeObject))
            return i < l.Count ? l[(int)i] : throw PyErr.IndexError("list index out of range");
        if (seq is PyTuple t && ReferenceEquals(t.Type, PyTuple.TypeObject))
            return i < t.Count ? t[(int)i] : throw PyErr.IndexError("tuple index out of range");
        return seq.GetItem(PyInt.From(i));
    }

    /// <summary>bisect_right over a C# list (random.sample's counts and random.choices use it).</summary>
    public static long BisectRight(List<PyObject> a, PyObject x, long lo, long hi)
    {
        while (lo < hi)
        {
            long mid = (lo + hi) / 2;
            if (HeapqModule.Less(x, a[(int)mid], false)) hi = mid; else lo = mid + 1;
        }
        return lo;
    }
}
