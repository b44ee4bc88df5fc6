// dict behaviour the oracle tables cannot show: the hash table under growth and deletion, Version,
// the str fast path, iteration guards, views' set operations and repr recursion.
namespace GilRuntime.Unit.Objects.Collections;

using GilRuntime.Core.Objects;
using Xunit;

public class DictTests
{
    private static PyObject I(long v) => PyInt.From(v);
    private static PyStr S(string s) => PyStr.From(s);

    [Fact]
    public void ManyInsertionsAndDeletionsKeepOrderAndLookups()
    {
        var d = new PyDict();
        for (int i = 0; i < 20000; i++) d.SetItem(I(i * 7), I(i));
        for (int i = 0; i < 20000; i += 2) Assert.True(d.Remove(I(i * 7)));
        Assert.Equal(10000, d.Count);
        for (int i = 0; i < 20000; i++)
        {
            bool found = d.TryGetValue(I(i * 7), out var v);
            Assert.Equal(i % 2 == 1, found);
            if (found) Assert.Equal(i, ((PyInt)v).Value);
        }
        long prev = -1;
        foreach (var kv in d.Items())
        {
            long k = ((PyInt)kv.Key).Value;
            Assert.True(k > prev);
            prev = k;
        }
        d.SetItem(I(0), S("again"));
        Assert.Equal("again", ((PyStr)d.Items().Last().Value).Value);
    }

    [Fact]
    public void StrKeysUseTheFastPathAndEqualStringsMatch()
    {
        var d = new PyDict();
        d.SetItem(PyStr.Intern("name"), I(1));
        Assert.True(d.TryGetValue(PyStr.From(new string("name".ToCharArray())), out var v));
        Assert.Equal(1, ((PyInt)v).Value);
        Assert.False(d.TryGetValue(S("nam"), out _));
        PyObject key = S("name");
        Assert.True(d.TryGetValue(key, out _));
    }

    [Fact]
    public void VersionChangesOnEveryMutation()
    {
        var d = new PyDict();
        int v0 = d.Version;
        d.SetItem(S("a"), I(1));
        int v1 = d.Version;
        Assert.NotEqual(v0, v1);
        d.SetItem(S("a"), I(2));
        Assert.NotEqual(v1, d.Version);
        int v2 = d.Version;
        d.TryGetValue(S("a"), out _);
        Assert.Equal(v2, d.Version);
        d.Remove(S("a"));
        Assert.NotEqual(v2, d.Version);
        int v3 = d.Version;
        d.Clear();
        Assert.NotEqual(v3, d.Version);
    }

    [Fact]
    public void ChangingSizeDuringIterationRaises()
    {
        var d = new PyDict();
        d.SetItem(I(1), I(1));
        var it = d.Iter();
        it.Next();
        d.SetItem(I(2), I(2));
        var e = Assert.Throws<PyException>(() => it.Next());
        Assert.Equal("RuntimeError", e.Value.Type.Name);
        Assert.Equal("dictionary changed size during iteration", e.Value.Str());
    }

    [Fact]
    public void UnhashableKeys()
    {
        var d = new PyDict();
        var e = Assert.Throws<PyException>(() => d.SetItem(new PyList(), I(1)));
        Assert.Equal("unhashable type: 'list'", e.Value.Str());
        e = Assert.Throws<PyException>(() => d.GetItem(new PyDict()));
        Assert.Equal("unhashable type: 'dict'", e.Value.Str());
        e = Assert.Throws<PyException>(() => d.SetItem(new PySet(), I(1)));
        Assert.Equal("unhashable type: 'set'", e.Value.Str());
    }

    [Fact]
    public void ReprRecursionAndViews()
    {
        var d = new PyDict();
        d.SetItem(S("a"), I(1));
        d.SetItem(S("self"), d);
        Assert.Equal("{'a': 1, 'self': {...}}", d.Repr());
        var l = new PyList();
        l.Append(l);
        Assert.Equal("[[...]]", l.Repr());
        var keys = Ops.CallMethod(d, "keys");
        Assert.Equal("dict_keys(['a', 'self'])", keys.Repr());
        Assert.Equal("dict_values([1, {'a': 1, 'self': {...}}])", Ops.CallMethod(d, "values").Repr());
        var other = new PyList([S("a"), S("z")]);
        Assert.Equal("{'a'}", Ops.BinaryOp(keys, other, BinaryOp.And).Repr());
        Assert.Equal("{'self'}", Ops.BinaryOp(keys, other, BinaryOp.Subtract).Repr());
        Assert.Equal(3, Ops.BinaryOp(keys, other, BinaryOp.Or).Length());
        Assert.True(Ops.RichCompareBool(Ops.CallMethod(d, "keys"), keys, CompareOp.Eq));
        var items = Ops.CallMethod(d, "items");
        Assert.True(items.Contains(PyTuple.Create(S("a"), I(1))));
        Assert.False(items.Contains(PyTuple.Create(S("a"), I(2))));
        Assert.Equal(2, keys.Length());
    }

    [Fact]
    public void ConstructorAndFromKeys()
    {
        var kw = new PyTuple([PyStr.Intern("x")]);
        var pairs = new PyList([PyTuple.Create(S("a"), I(1))]);
        var d = PyDict.TypeObject.Call([pairs, I(2)], kw);
        Assert.Equal("{'a': 1, 'x': 2}", d.Repr());
        var fk = Ops.GetAttr(PyDict.TypeObject, "fromkeys").Call([S("ab"), I(0)], null);
        Assert.Equal("{'a': 0, 'b': 0}", fk.Repr());
        var e = Assert.Throws<PyException>(() => PyDict.TypeObject.Call([new PyList([PyTuple.Create(I(1), I(2), I(3))])], null));
        Assert.Equal("dictionary update sequence element #0 has length 3; 2 is required", e.Value.Str());
        e = Assert.Throws<PyException>(() => PyDict.TypeObject.Call([new PyList([I(1)])], null));
        Assert.Equal("cannot convert dictionary update sequence element #0 to a sequence", e.Value.Str());
    }

    [Fact]
    public void PopItemIsLifo()
    {
        var d = new PyDict();
        for (int i = 0; i < 5; i++) d.SetItem(I(i), I(i));
        d.Remove(I(4));
        Assert.Equal("(3, 3)", d.PopItem().Repr());
        d.SetItem(I(9), I(9));
        Assert.Equal("(9, 9)", d.PopItem().Repr());
        Assert.Equal("{0: 0, 1: 1, 2: 2}", d.Repr());
    }
}
