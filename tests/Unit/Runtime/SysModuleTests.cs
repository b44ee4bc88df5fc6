// sys: frames, recursion limit, exit codes, version info and exc_info.
namespace GilRuntime.Unit.Runtime;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Modules;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;
using Xunit;

public class SysModuleTests : VmTestBase
{
    private PyObject Sys(string name) => Interp.SysModule.Dict.GetItem(PyStr.Intern(name));

    [Fact]
    public void GetFrameSeesLiveFrames()
    {
        // def f(): return probe()   -- probe is a builtin that inspects the frame chain
        Frame? seen0 = null, seen1 = null;
        var getframe = Sys("_getframe");
        Globals.SetItem(PyStr.Intern("probe"), new PyBuiltinFunction("probe", (a, k) =>
        {
            seen0 = (Frame)getframe.Call([], null);
            seen1 = (Frame)getframe.Call([PyInt.From(1)], null);
            return Py.None;
        }));
        var f = new CodeBuilder { Name = "f" };
        f.LoadGlobal("probe", pushNull: true).Op(OpCode.CALL, 0).Op(OpCode.RETURN_VALUE);
        var m = Module();
        m.LoadConst(f.Build()).Op(OpCode.MAKE_FUNCTION, 0).Op(OpCode.STORE_NAME, m.Name_("f"))
         .Op(OpCode.PUSH_NULL).Op(OpCode.LOAD_NAME, m.Name_("f")).Op(OpCode.CALL, 0).Op(OpCode.RETURN_VALUE);
        Run(m.Build());
        Assert.Equal("f", seen0!.Code.co_name);
        Assert.Equal("<module>", seen1!.Code.co_name);
        Assert.Same(seen1, seen0.Back);
        Assert.Same(Globals, seen1.GetLocals());
        Assert.Same(seen1, seen0.LookupAttr(PyStr.Intern("f_back")));
        var e = Raises(() => getframe.Call([PyInt.From(50)], null));
        Assert.Equal("call stack is not deep enough", e.Value.Str());
    }

    [Fact]
    public void RecursionLimitFunctions()
    {
        Assert.Equal(1000, ((PyInt)Sys("getrecursionlimit").Call([], null)).Value);
        Sys("setrecursionlimit").Call([PyInt.From(2000)], null);
        Assert.Equal(2000, Interp.RecursionLimit);
        var e = Raises(() => Sys("setrecursionlimit").Call([PyInt.From(0)], null));
        Assert.Equal("recursion limit must be greater or equal than 1", e.Value.Str());
    }

    [Fact]
    public void VersionInfoComparesLikeATuple()
    {
        var vi = (PyStructSeq)Sys("version_info");
        Assert.Equal(3, ((PyInt)vi.LookupAttr(PyStr.Intern("major"))!).Value);
        Assert.Equal("final", ((PyStr)vi.LookupAttr(PyStr.Intern("releaselevel"))!).Value);
        Assert.Equal("sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)", vi.Repr());
    }

    [Fact]
    public void ExitRaisesSystemExitWithCode()
    {
        var e = Raises(() => Sys("exit").Call([PyInt.From(3)], null));
        var se = Assert.IsType<PySystemExit>(e.Value);
        Assert.Equal(3, ((PyInt)se.Code).Value);
        Assert.Equal(3, Interp.HandleUncaughtForTest(se));
        Assert.Equal(0, Interp.HandleUncaughtForTest((PySystemExit)Raises(() => Sys("exit").Call([], null)).Value));
        Assert.Equal(1, Interp.HandleUncaughtForTest((PySystemExit)Raises(() => Sys("exit").Call([PyStr.From("msg")], null)).Value));
        Assert.Equal("msg\n", Err.ToString());
    }

    [Fact]
    public void ExcInfoOutsideHandlerIsNones()
    {
        var t = (PyTuple)Sys("exc_info").Call([], null);
        Assert.All(t.Items, x => Assert.Same(Py.None, x));
    }

    [Fact]
    public void ArgvAndPath()
    {
        var argv = (PyList)Sys("argv");
        Assert.Equal("test.py", ((PyStr)argv[0]).Value);
        Assert.IsType<PyList>(Sys("path"));
        Assert.Same(Interp.Modules, Sys("modules"));
    }
}
