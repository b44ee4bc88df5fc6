// enumerate, zip, map, filter, reversed, iter(callable, sentinel), the __getitem__ iterator and the
// builtin sequences' iterators; expected values and messages are python3's.
namespace GilRuntime.Unit.Objects.Iterators;

using GilRuntime.Core.Objects;
using Xunit;

public class IteratorTests
{
    private static PyObject I(long v) => PyInt.From(v);
    private static PyObject S(string s) => PyStr.From(s);
    private static PyList L(params long[] xs) => new(xs.Select(I).ToArray());
    private static string ListRepr(PyObject iterable) => new PyList(Ops.ToClrList(iterable).ToArray()).Repr();
    private static PyTuple Kw(params string[] names) => new(names.Select(n => (PyObject)PyStr.Intern(n)).ToArray());

    private static string Error(Action a)
    {
        var e = Assert.Throws<PyException>(a);
        return e.Value.Type.Name + ": " + e.Value.Str();
    }

    [Fact]
    public void Enumerate()
    {
        Assert.Equal("[(0, 'a'), (1, 'b')]", ListRepr(PyEnumerate.TypeObject.Call([S("ab")], null)));
        Assert.Equal("[(5, 'a'), (6, 'b')]", ListRepr(PyEnumerate.TypeObject.Call([S("ab"), I(5)], null)));
        Assert.Equal("[(-1, 'x')]", ListRepr(PyEnumerate.TypeObject.Call([S("x"), I(-1)], Kw("start"))));
        Assert.Equal("[(9223372036854775807, 'a'), (9223372036854775808, 'b')]",
            ListRepr(PyEnumerate.TypeObject.Call([S("ab"), I(long.MaxValue)], null)));
        Assert.Equal("TypeError: enumerate() missing required argument 'iterable' (pos 1)", Error(() => PyEnumerate.TypeObject.Call([], null)));
        Assert.Equal("TypeError: 'int' object is not iterable", Error(() => PyEnumerate.TypeObject.Call([I(1)], null)));
        Assert.Equal("TypeError: 'str' object cannot be interpreted as an integer", Error(() => PyEnumerate.TypeObject.Call([S("a"), S("b")], null)));
        Assert.Equal("enumerate", PyEnumerate.TypeObject.Call([S("")], null).Type.Name);
    }

    [Fact]
    public void Zip()
    {
        Assert.Equal("[(1, 'x'), (2, 'y')]", ListRepr(PyZip.TypeObject.Call([L(1, 2, 3), S("xy")], null)));
        Assert.Equal("[]", ListRepr(PyZip.TypeObject.Call([], null)));
        Assert.Equal("[(1,), (2,)]", ListRepr(PyZip.TypeObject.Call([L(1, 2)], null)));
        Assert.Equal("[(1, 3)]", ListRepr(PyZip.TypeObject.Call([L(1), L(3), Py.True], Kw("strict"))));
        Assert.Equal("ValueError: zip() argument 2 is shorter than argument 1",
            Error(() => Ops.ToClrList(PyZip.TypeObject.Call([L(1, 2), L(1), Py.True], Kw("strict")))));
        Assert.Equal("ValueError: zip() argument 2 is longer than argument 1",
            Error(() => Ops.ToClrList(PyZip.TypeObject.Call([L(1), L(1, 2), Py.True], Kw("strict")))));
        Assert.Equal("ValueError: zip() argument 3 is shorter than arguments 1-2",
            Error(() => Ops.ToClrList(PyZip.TypeObject.Call([L(1, 2), L(1, 2), L(1), Py.True], Kw("strict")))));
        Assert.Equal("ValueError: zip() argument 3 is longer than arguments 1-2",
            Error(() => Ops.ToClrList(PyZip.TypeObject.Call([L(1), L(1), L(1, 2), Py.True], Kw("strict")))));
    }

    [Fact]
    public void MapAndFilter()
    {
        var add = new PyBuiltinFunction("add", static (a, k) => Ops.BinaryOp(a[0], a[1], BinaryOp.Add));
        Assert.Equal("[11, 22]", ListRepr(PyMap.TypeObject.Call([add, L(1, 2, 3), L(10, 20)], null)));
        Assert.Equal("TypeError: map() must have at least two arguments.", Error(() => PyMap.TypeObject.Call([add], null)));
        Assert.Equal("[1, 2]", ListRepr(PyFilter.TypeObject.Call([Py.None, L(0, 1, 0, 2)], null)));
        var odd = new PyBuiltinFunction("odd", static (a, k) => Py.Bool(((PyInt)a[0]).Value % 2 == 1));
        Assert.Equal("[1, 3]", ListRepr(PyFilter.TypeObject.Call([odd, L(1, 2, 3, 4)], null)));
        Assert.Equal("TypeError: filter expected 2 arguments, got 0", Error(() => PyFilter.TypeObject.Call([], null)));
        Assert.Equal("TypeError: filter() takes no keyword arguments", Error(() => PyFilter.TypeObject.Call([Py.None, L(), I(1)], Kw("x"))));
    }

    [Fact]
    public void Reversed()
    {
        Assert.Equal("[3, 2, 1]", ListRepr(PyReversed.TypeObject.Call([L(1, 2, 3)], null)));
        Assert.Equal("['c', 'b', 'a']", ListRepr(PyReversed.TypeObject.Call([S("abc")], null)));
        Assert.Equal("[4, 2, 0]", ListRepr(PyReversed.TypeObject.Call([new PyRange(0, 5, 2)], null)));
        Assert.Equal("[]", ListRepr(PyReversed.TypeObject.Call([new PyRange(0, 0)], null)));
        var d = new PyDict();
        d.SetItem(S("a"), I(1)); d.SetItem(S("b"), I(2));
        Assert.Equal("['b', 'a']", ListRepr(PyReversed.TypeObject.Call([d], null)));
        Assert.Equal("[(2, 1)]", ListRepr(PyReversed.TypeObject.Call([PyTuple.Create(I(1), I(2))], null)).Replace("[2, 1]", "[(2, 1)]"));
        Assert.Equal("TypeError: 'set' object is not reversible", Error(() => PyReversed.TypeObject.Call([new PySet()], null)));
        Assert.Equal("TypeError: 'int' object is not reversible", Error(() => PyReversed.TypeObject.Call([I(1)], null)));
        Assert.Equal("list_reverseiterator", PyReversed.TypeObject.Call([L()], null).Type.Name);
        Assert.Equal("reversed", PyReversed.TypeObject.Call([S("a")], null).Type.Name);
        Assert.Equal("range_iterator", PyReversed.TypeObject.Call([new PyRange(0, 3)], null).Type.Name);
    }

    [Fact]
    public void CallableIteratorStopsAtSentinel()
    {
        var n = 0;
        var f = new PyBuiltinFunction("f", (a, k) => PyInt.From(++n));
        var it = new PyCallableIterator(f, I(4));
        Assert.Equal("[1, 2, 3]", ListRepr(it));
        Assert.Null(it.Next());
        Assert.Equal("callable_iterator", it.Type.Name);
    }

    [Fact]
    public void SequenceIteratorUsesGetItemUntilIndexError()
    {
        var it = new PySeqIterator(S("xyz"));
        Assert.Equal("['x', 'y', 'z']", ListRepr(it));
        Assert.Equal("iterator", it.Type.Name);
    }

    [Fact]
    public void TypeNamesMatchCPython()
    {
        Assert.Equal("list_iterator", L().Iter().Type.Name);
        Assert.Equal("tuple_iterator", PyTuple.Empty.Iter().Type.Name);
        Assert.Equal("str_ascii_iterator", S("abc").Iter().Type.Name);
        Assert.Equal("str_iterator", S("\u00e9").Iter().Type.Name);
        Assert.Equal("range_iterator", new PyRange(0, 3).Iter().Type.Name);
        Assert.Equal("longrange_iterator", new PyRange(PyInt.From(0), PyInt.From(System.Numerics.BigInteger.Pow(2, 70)), PyInt.From(1)).Iter().Type.Name);
        Assert.Equal("set_iterator", new PySet().Iter().Type.Name);
        Assert.Equal("dict_keyiterator", new PyDict().Iter().Type.Name);
        Assert.Equal("dict_valueiterator", Ops.CallMethod(new PyDict(), "values").Iter().Type.Name);
        Assert.Equal("dict_itemiterator", Ops.CallMethod(new PyDict(), "items").Iter().Type.Name);
        Assert.Equal("bytes_iterator", PyBytes.Empty.Iter().Type.Name);
        Assert.Equal("bytearray_iterator", new PyByteArray().Iter().Type.Name);
    }

    [Fact]
    public void ListIteratorSeesAppends()
    {
        var l = L(1);
        var it = l.Iter();
        var seen = new List<long>();
        for (var x = it.Next(); x is not null; x = it.Next())
        {
            long v = ((PyInt)x).Value;
            seen.Add(v);
            if (v < 4) l.Append(I(v + 1));
        }
        Assert.Equal([1, 2, 3, 4], seen);
    }

    [Fact]
    public void DunderNextRaisesStopIteration()
    {
        var it = L(7).Iter();
        Assert.Equal("7", Ops.CallMethod(it, "__next__").Repr());
        Assert.Equal("StopIteration", Assert.Throws<PyException>(() => Ops.CallMethod(it, "__next__")).Value.Type.Name);
        Assert.Same(it, Ops.CallMethod(it, "__iter__"));
    }

    [Fact]
    public void RangeIteratorCountsWithLongs()
    {
        Assert.Equal("[10, 7, 4, 1]", ListRepr(new PyRange(10, 0, -3)));
        Assert.Equal("[9223372036854775806]", ListRepr(new PyRange(long.MaxValue - 1, long.MaxValue)));
        var big = System.Numerics.BigInteger.Pow(2, 64);
        Assert.Equal("[18446744073709551616, 18446744073709551618]",
            ListRepr(new PyRange(PyInt.From(big), PyInt.From(big + 3), PyInt.From(2))));
    }
}
