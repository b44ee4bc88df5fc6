// str counts code points: surrogate pairs are one character for len, indexing, slicing, iteration and
// find offsets; one-character Latin-1 strings are shared; hashes agree with equality.
namespace GilRuntime.Unit.Objects.Text;

using GilRuntime.Core.Objects;
using Xunit;

public class StrCodePointTests
{
    private const string Grin = "\U0001F600";

    [Fact]
    public void SurrogatePairsCountAsOneCodePoint()
    {
        var s = PyStr.From("a" + Grin + "b" + Grin);
        Assert.Equal(4, s.Length());
        Assert.Equal(Grin, ((PyStr)s.GetItem(PyInt.From(1))).Value);
        Assert.Equal("b", ((PyStr)s.GetItem(PyInt.From(-2))).Value);
        Assert.Equal(Grin + "b", ((PyStr)s.GetItem(new PySlice(PyInt.From(1), PyInt.From(3)))).Value);
        Assert.Equal(Grin + "b" + Grin + "a", ((PyStr)s.GetItem(new PySlice(null, null, PyInt.From(-1)))).Value);
        var parts = Ops.ToClrList(s).Select(o => ((PyStr)o).Value).ToArray();
        Assert.Equal(["a", Grin, "b", Grin], parts);
        Assert.Equal("3", Ops.CallMethod(s, "find", PyStr.From(Grin), PyInt.From(2)).Repr());
        Assert.Equal("3", Ops.CallMethod(s, "rindex", PyStr.From(Grin)).Repr());
        var e = Assert.Throws<PyException>(() => s.GetItem(PyInt.From(4)));
        Assert.Equal("string index out of range", e.Value.Str());
    }

    [Fact]
    public void ComparisonIsByCodePoint()
    {
        // U+FFFF < U+1F600 in code point order, although the UTF-16 units compare the other way.
        var bmp = PyStr.From("\uFFFF");
        var astral = PyStr.From(Grin);
        Assert.True(Ops.RichCompareBool(bmp, astral, CompareOp.Lt));
        Assert.True(Ops.RichCompareBool(PyStr.From("ab"), PyStr.From("b"), CompareOp.Lt));
        Assert.True(Ops.RichCompareBool(PyStr.From("ab"), PyStr.From("ab"), CompareOp.Ge));
        var e = Assert.Throws<PyException>(() => Ops.RichCompare(PyStr.From("a"), PyInt.From(1), CompareOp.Lt));
        Assert.Equal("'<' not supported between instances of 'str' and 'int'", e.Value.Str());
    }

    [Fact]
    public void Latin1CharactersAreCachedAndHashesFollowEquality()
    {
        Assert.Same(PyStr.From("a"), PyStr.From("ab").GetItem(PyInt.From(0)));
        Assert.Same(PyStr.From("\u00e9"), PyStr.FromChar('\u00e9'));
        var a = PyStr.From("hello world");
        var b = PyStr.From(string.Concat("hello", " world"));
        Assert.Equal(a.Hash(), b.Hash());
        Assert.True(Ops.Eq(a, b));
        Assert.NotEqual(-1, PyStr.From("x").Hash());
    }

    [Fact]
    public void OperatorsAndConstructor()
    {
        Assert.Equal("'abab'", Ops.BinaryOp(PyStr.From("ab"), PyInt.From(2), BinaryOp.Multiply).Repr());
        Assert.Equal("'abab'", Ops.BinaryOp(PyInt.From(2), PyStr.From("ab"), BinaryOp.Multiply).Repr());
        PyException e;
        Assert.Equal("'5-x'", Ops.BinaryOp(PyStr.From("%d-%s"), PyTuple.Create(PyInt.From(5), PyStr.From("x")), BinaryOp.Remainder).Repr());
        Assert.Equal("'  ab'", PyStr.From(Ops.Format(PyStr.From("ab"), ">4")).Repr());
        Assert.Equal("'3!'", Ops.CallMethod(PyStr.From("{}!"), "format", PyInt.From(3)).Repr());
        Assert.Equal("''", PyStr.TypeObject.Call([], null).Repr());
        Assert.Equal("'[1]'", PyStr.TypeObject.Call([new PyList([PyInt.From(1)])], null).Repr());
        Assert.Equal("'h\u00e9'", PyStr.TypeObject.Call([PyBytes.From([0x68, 0xc3, 0xa9]), PyStr.From("utf-8")], null).Repr());
        e = Assert.Throws<PyException>(() => PyStr.TypeObject.Call([PyInt.From(1), PyStr.From("utf-8")], null));
        Assert.Equal("decoding to str: need a bytes-like object, int found", e.Value.Str());
        Assert.Equal("{97: 98}", Ops.GetAttr(PyStr.TypeObject, "maketrans").Call([PyStr.From("a"), PyStr.From("b")], null).Repr());
        Assert.Equal("b'\\x00\\x00'", PyBytes.TypeObject.Call([PyInt.From(2)], null).Repr());
        Assert.Equal("b'\\x01\\xff'", PyBytes.TypeObject.Call([new PyList([PyInt.From(1), PyInt.From(255)])], null).Repr());
        e = Assert.Throws<PyException>(() => PyBytes.TypeObject.Call([new PyList([PyInt.From(300)])], null));
        Assert.Equal("bytes must be in range(0, 256)", e.Value.Str());
        Assert.Equal("b'\\xab\\xcd'", Ops.GetAttr(PyBytes.TypeObject, "fromhex").Call([PyStr.From("ab cd")], null).Repr());
        var ba = new PyByteArray([1, 2]);
        Ops.CallMethod(ba, "append", PyInt.From(3));
        ba.SetItem(PyInt.From(0), PyInt.From(65));
        ba.DelItem(PyInt.From(1));
        Assert.Equal("bytearray(b'A\\x03')", ba.Repr());
        Assert.Equal("3", Ops.CallMethod(ba, "pop").Repr());
    }
}
