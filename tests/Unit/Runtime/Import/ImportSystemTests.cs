// The parts of the import system with rules of their own: relative-name resolution (import.c
// resolve_name) and the trimming of importlib frames from tracebacks (remove_importlib_frames).
namespace GilRuntime.Unit.Runtime.Import;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;
using GilRuntime.Core.Runtime.Import;
using Xunit;

public class ImportSystemTests
{
    private static PyDict Globals(params (string Key, PyObject Value)[] items)
    {
        var d = new PyDict();
        foreach (var (k, v) in items) d.SetItem(PyStr.From(k), v);
        return d;
    }

    [Theory]
    [InlineData("a.b.c", "m", 1, "a.b.c.m")]
    [InlineData("a.b.c", "m", 3, "a.m")]
    [InlineData("a.b.c", "", 2, "a.b")]
    [InlineData("a", "x.y", 1, "a.x.y")]
    public void ResolvesAgainstPackage(string package, string name, int level, string expected)
    {
        var g = Globals(("__package__", PyStr.From(package)));
        Assert.Equal(expected, ImportSystem.ResolveName(name, g, level));
    }

    [Fact]
    public void FallsBackOnNameAndPath()
    {
        Assert.Equal("p.q.z", ImportSystem.ResolveName("z", Globals(("__name__", PyStr.From("p.q.mod"))), 1));
        Assert.Equal("p.q.z", ImportSystem.ResolveName("z", Globals(("__name__", PyStr.From("p.q")), ("__path__", new PyList())), 1));
    }

    [Fact]
    public void BeyondTopLevelAndNoParentAreImportErrors()
    {
        var beyond = Assert.Throws<PyException>(() => ImportSystem.ResolveName("x", Globals(("__package__", PyStr.From("a.b"))), 3));
        Assert.Equal("attempted relative import beyond top-level package", beyond.Value.Str());
        var none = Assert.Throws<PyException>(() => ImportSystem.ResolveName("x", Globals(("__name__", PyStr.From("__main__"))), 1));
        Assert.Equal("attempted relative import with no known parent package", none.Value.Str());
        Assert.True(none.Value.Type.IsSubtype(ExceptionTypes.ImportError));
    }

    private static List<string> Names(PyBaseException e)
    {
        var names = new List<string>();
        for (var tb = e.Traceback as PyTraceback; tb is not null; tb = tb.Next) names.Add(tb.Frame.Code.co_name);
        return names;
    }

    [Fact]
    public void ChunkEndingInCallWithFramesRemovedIsTrimmed()
    {
        var e = PyErr.ValueError("boom");
        // innermost first, as an exception collects them while propagating outward
        FrozenFrames.PushRemovedCall(e, FrozenFrames.External, "exec_module", 940);
        FrozenFrames.Push(e, FrozenFrames.Bootstrap, "_load_unlocked", 690);
        FrozenFrames.Push(e, FrozenFrames.Bootstrap, "_find_and_load", 1176);
        Assert.Equal(["_find_and_load", "_load_unlocked", "exec_module", "_call_with_frames_removed"], Names(e.Value));
        FrozenFrames.RemoveImportlibFrames(e.Value);
        Assert.Empty(Names(e.Value));
    }

    [Fact]
    public void OtherErrorsKeepTheirFramesButImportErrorsLoseAll()
    {
        var key = PyErr.KeyError(PyStr.From("m"));
        FrozenFrames.Push(key, FrozenFrames.Bootstrap, "_load_unlocked", 701);
        FrozenFrames.Push(key, FrozenFrames.Bootstrap, "_find_and_load", 1176);
        FrozenFrames.RemoveImportlibFrames(key.Value);
        Assert.Equal(["_find_and_load", "_load_unlocked"], Names(key.Value));

        var missing = PyErr.ModuleNotFoundError("No module named 'm'");
        FrozenFrames.Push(missing, FrozenFrames.Bootstrap, "_find_and_load_unlocked", 1140);
        FrozenFrames.Push(missing, FrozenFrames.Bootstrap, "_find_and_load", 1176);
        FrozenFrames.RemoveImportlibFrames(missing.Value);
        Assert.Empty(Names(missing.Value));
    }
}
