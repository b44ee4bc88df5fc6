// list.sort's contract (stable, only '<', key called once per item, mutation detection) and slice
// assignment corner cases.
namespace GilRuntime.Unit.Objects.Collections;

using GilRuntime.Core.Objects;
using Xunit;

public class ListTests
{
    private static PyObject I(long v) => PyInt.From(v);

    /// <summary>An object that only supports '<' and records how often it was compared.</summary>
    private sealed class LtOnly(long key, int tag) : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("LtOnly", typeof(LtOnly));
        public static int Comparisons;
        public long Key { get; } = key;
        public int Tag { get; } = tag;
        public override PyType Type => TypeObject;
        public override PyObject RichCompare(PyObject other, CompareOp op)
        {
            if (op != CompareOp.Lt || other is not LtOnly o) return Py.NotImplemented;
            Comparisons++;
            return Py.Bool(Key < o.Key);
        }
    }

    [Fact]
    public void SortIsStableAndUsesOnlyLessThan()
    {
        var rnd = new Random(5);
        var items = Enumerable.Range(0, 2000).Select(i => (PyObject)new LtOnly(rnd.Next(50), i)).ToArray();
        var l = new PyList(items.ToArray());
        l.Sort();
        var sorted = l.AsSpan().ToArray().Cast<LtOnly>().ToArray();
        var expected = items.Cast<LtOnly>().OrderBy(x => x.Key).ThenBy(x => x.Tag).ToArray();
        Assert.Equal(expected.Select(x => x.Tag), sorted.Select(x => x.Tag));
        l = new PyList(items.ToArray());
        l.Sort(reverse: true);
        var rev = l.AsSpan().ToArray().Cast<LtOnly>().ToArray();
        var expectedRev = items.Cast<LtOnly>().OrderByDescending(x => x.Key).ThenBy(x => x.Tag).ToArray();
        Assert.Equal(expectedRev.Select(x => x.Tag), rev.Select(x => x.Tag));
    }

    [Fact]
    public void SortCallsKeyOncePerItem()
    {
        int calls = 0;
        var key = new PyBuiltinFunction("k", (a, k) => { calls++; return a[0].Negative(); });
        var l = new PyList(Enumerable.Range(0, 500).Select(i => I(i % 37)).ToArray());
        l.Sort(key);
        Assert.Equal(500, calls);
        var vals = l.AsSpan().ToArray().Select(o => ((PyInt)o).Value).ToArray();
        Assert.Equal(vals.OrderByDescending(v => v), vals);
    }

    [Fact]
    public void MutationDuringSortRaises()
    {
        var l = new PyList([I(3), I(1), I(2)]);
        var key = new PyBuiltinFunction("k", (a, k) => { l.Append(I(0)); return a[0]; });
        var e = Assert.Throws<PyException>(() => l.Sort(key));
        Assert.Equal("list modified during sort", e.Value.Str());
        Assert.Equal("[1, 2, 3]", l.Repr());
    }

    [Fact]
    public void SliceAssignmentFromSelfAndIterables()
    {
        var l = new PyList([I(1), I(2), I(3)]);
        l.SetItem(new PySlice(I(1), I(1)), l);
        Assert.Equal("[1, 1, 2, 3, 2, 3]", l.Repr());
        l.SetItem(new PySlice(null, null), PyStr.From("ab"));
        Assert.Equal("['a', 'b']", l.Repr());
        var e = Assert.Throws<PyException>(() => l.SetItem(new PySlice(null, null, I(2)), I(5)));
        Assert.Equal("must assign iterable to extended slice", e.Value.Str());
        var big = new PyList(Enumerable.Range(0, 10).Select(i => I(i)).ToArray());
        big.DelItem(new PySlice(I(8), I(1), I(-3)));
        Assert.Equal("[0, 1, 3, 4, 6, 7, 9]", big.Repr());
    }
}

public class OperatorDunderTests
{
    private static PyObject I(long v) => PyInt.From(v);

    [Fact]
    public void DunderMethodsDelegateToSlots()
    {
        var l = new PyList([I(1)]);
        Assert.Equal("True", Ops.CallMethod(l, "__eq__", new PyList([I(1)])).Repr());
        Assert.Equal("NotImplemented", Ops.CallMethod(l, "__eq__", I(1)).Repr());
        Assert.Equal("[1, 1]", Ops.CallMethod(l, "__mul__", I(2)).Repr());
        Assert.Equal("[1, 1, 1]", Ops.CallMethod(l, "__rmul__", I(3)).Repr());
        Assert.Equal("NotImplemented", Ops.CallMethod(PyStr.From("a"), "__add__", I(1)).Repr());
        Assert.Equal("'ab'", Ops.CallMethod(PyStr.From("a"), "__add__", PyStr.From("b")).Repr());
        Assert.Same(Py.None, PyList.TypeObject.LookupMro(PyStr.Intern("__hash__")));
        Assert.Equal(PyTuple.Create(I(1)).Hash().ToString(), Ops.CallMethod(PyTuple.Create(I(1)), "__hash__").Repr());
        Assert.Equal("'[1]'", Ops.CallMethod(l, "__repr__").Repr());
        Ops.CallMethod(l, "__iadd__", PyTuple.Create(I(5)));
        Assert.Equal("[1, 5]", l.Repr());
        Assert.Equal("frozenset({1, 2, 5})", Ops.CallMethod(PyFrozenSet.From(l), "__or__", PyFrozenSet.From(new PyList([I(2)]))).Repr());
    }
}
