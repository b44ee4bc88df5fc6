// BaseExceptionGroup construction, split and the except* helpers, driven from C#.
namespace GilRuntime.Unit.Objects.Exceptions;

using GilRuntime.Core.Objects;
using Xunit;

public class ExceptionGroupTests
{
    private static PyBaseException Exc(PyType t, string msg) => ExceptionTypes.NewInstance(t, new PyTuple([PyStr.From(msg)]));

    private static PyExceptionGroup Group(string msg, params PyObject[] excs) =>
        (PyExceptionGroup)ExceptionTypes.BaseExceptionGroup.Call([PyStr.From(msg), new PyList(excs)], null);

    [Fact]
    public void BaseExceptionGroupOfExceptionsBecomesExceptionGroup()
    {
        var g = Group("g", Exc(ExceptionTypes.ValueError, "v"));
        Assert.Same(ExceptionTypes.ExceptionGroup, g.Type);
        var b = Group("b", Exc(ExceptionTypes.KeyboardInterrupt, "k"));
        Assert.Same(ExceptionTypes.BaseExceptionGroup, b.Type);
        Assert.Equal("b (1 sub-exception)", b.Str());
    }

    [Fact]
    public void ExceptionGroupRejectsBaseExceptions()
    {
        var e = Assert.Throws<PyException>(() =>
            ExceptionTypes.ExceptionGroup.Call([PyStr.From("x"), new PyList([Exc(ExceptionTypes.SystemExit, "s")])], null));
        Assert.Equal("Cannot nest BaseExceptions in an ExceptionGroup", e.Value.Str());
    }

    [Fact]
    public void SplitKeepsNesting()
    {
        var inner = Group("inner", Exc(ExceptionTypes.ValueError, "v2"), Exc(ExceptionTypes.KeyError, "k"));
        var g = Group("top", Exc(ExceptionTypes.ValueError, "v1"), Exc(ExceptionTypes.TypeError, "t"), inner);
        var pair = (PyTuple)g.Split(ExceptionTypes.ValueError);
        Assert.Equal("ExceptionGroup('top', [ValueError('v1'), ExceptionGroup('inner', [ValueError('v2')])])", pair[0].Repr());
        Assert.Equal("ExceptionGroup('top', [TypeError('t'), ExceptionGroup('inner', [KeyError('k')])])", pair[1].Repr());
        Assert.Same(Py.None, g.Subgroup(ExceptionTypes.OSError));
    }

    [Fact]
    public void NakedExceptionIsWrappedForExceptStar()
    {
        var v = Exc(ExceptionTypes.ValueError, "naked");
        var (match, rest) = PyExceptionGroup.MatchForExceptStar(v, ExceptionTypes.ValueError);
        var eg = Assert.IsType<PyExceptionGroup>(match);
        Assert.Same(v, eg.Exceptions[0]);
        Assert.Same(Py.None, rest);
        var (none, same) = PyExceptionGroup.MatchForExceptStar(v, ExceptionTypes.TypeError);
        Assert.Null(none);
        Assert.Same(v, same);
    }

    [Fact]
    public void PrepReraiseStarKeepsOnlyUnhandledLeaves()
    {
        var v = Exc(ExceptionTypes.ValueError, "v");
        var t = Exc(ExceptionTypes.TypeError, "t");
        var g = Group("g", v, t);
        var (_, rest) = PyExceptionGroup.MatchForExceptStar(g, ExceptionTypes.ValueError);
        var result = PyExceptionGroup.PrepReraiseStar(g, new PyList([Py.None, rest]));
        Assert.Equal("ExceptionGroup('g', [TypeError('t')])", result.Repr());
        Assert.Same(Py.None, PyExceptionGroup.PrepReraiseStar(g, new PyList([Py.None, Py.None])));
    }
}
