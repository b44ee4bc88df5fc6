// The time module's clocks and sleep.
namespace GilRuntime.Unit.Modules;

using GilRuntime.Core.Modules;
using GilRuntime.Core.Objects;
using Xunit;

public class TimeModuleTests
{
    private static readonly GilRuntime.Core.Runtime.PyModule Time = TimeModule.Create();

    private static PyObject Call(string name, params PyObject[] args) =>
        Time.Dict.GetItem(PyStr.Intern(name)).Call(args, null);

    [Fact]
    public void ClocksAreMonotonicAndConsistent()
    {
        var a = ((PyFloat)Call("perf_counter")).Value;
        Call("sleep", new PyFloat(0.01));
        var b = ((PyFloat)Call("perf_counter")).Value;
        Assert.True(b - a >= 0.009, $"slept {b - a}");
        var ns1 = ((PyInt)Call("monotonic_ns")).Value;
        var ns2 = ((PyInt)Call("monotonic_ns")).Value;
        Assert.True(ns2 >= ns1);
        var wall = ((PyFloat)Call("time")).Value;
        Assert.InRange(wall, 1.6e9, 1e10);
        Assert.InRange(((PyInt)Call("time_ns")).ToBigInteger(), (System.Numerics.BigInteger)1.6e18, (System.Numerics.BigInteger)1e19);
    }

    [Fact]
    public void NegativeSleepIsValueError()
    {
        var e = Assert.Throws<PyException>(() => Call("sleep", PyInt.From(-1)));
        Assert.Equal(ExceptionTypes.ValueError, e.Value.Type);
        Assert.Equal("sleep length must be non-negative", e.Value.Str());
        var t = Assert.Throws<PyException>(() => Call("sleep", PyStr.From("x")));
        Assert.Equal(ExceptionTypes.TypeError, t.Value.Type);
    }
}
