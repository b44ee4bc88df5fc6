// Deep recursion works to the recursion limit and past it raises RecursionError without ever
// killing the process (the CLI runs on a 512 MB stack; these tests use a big-stack thread too).
namespace GilRuntime.Unit.Runtime;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;
using Xunit;

public class RecursionTests : VmTestBase
{
    /// <summary>def r(n): if n == 0: return 0; return r(n - 1) + 1 (infinite when the test stub skips the base case).</summary>
    private PyFunction Recursive(bool withBase)
    {
        var b = new CodeBuilder { Name = "r", VarNames = ["n"], ArgCount = 1 };
        b.Op(OpCode.RESUME);
        if (withBase)
            b.Op(OpCode.LOAD_FAST, 0).LoadConst(PyInt.From(0)).Op(OpCode.COMPARE_OP, 2)
             .Jump(OpCode.POP_JUMP_FORWARD_IF_FALSE, "rec").LoadConst(PyInt.From(0)).Op(OpCode.RETURN_VALUE);
        b.Label("rec").LoadGlobal("r", pushNull: true).Op(OpCode.LOAD_FAST, 0).LoadConst(PyInt.From(1)).Op(OpCode.BINARY_OP, 10)
         .Op(OpCode.CALL, 1).LoadConst(PyInt.From(1)).Op(OpCode.BINARY_OP, 0).Op(OpCode.RETURN_VALUE);
        var f = new PyFunction(b.Build(), Globals, Interp.Builtins);
        Globals.SetItem(PyStr.Intern("r"), f);
        return f;
    }

    private T OnBigStack<T>(Func<T> body)
    {
        T result = default!;
        Exception? error = null;
        var t = new Thread(() =>
        {
            Interp.MainThread.Bind();
            try { result = body(); }
            catch (Exception e) { error = e; }
        }, 256 * 1024 * 1024);
        t.Start();
        t.Join();
        if (error is not null) throw error;
        return result;
    }

    [Fact]
    public void Depth900Works()
    {
        var f = Recursive(withBase: true);
        var r = OnBigStack(() => f.Call([PyInt.From(900)], null));
        Assert.Equal(900, ((PyInt)r).Value);
        Assert.Equal(0, Interp.MainThread.RecursionDepth);
    }

    [Fact]
    public void InfiniteRecursionRaisesRecursionError()
    {
        var f = Recursive(withBase: false);
        var e = OnBigStack(() => Raises(() => f.Call([PyInt.From(0)], null)));
        Assert.Equal(ExceptionTypes.RecursionError, e.Value.Type);
        Assert.Equal("maximum recursion depth exceeded", e.Value.Str());
        Assert.Equal(0, Interp.MainThread.RecursionDepth);
        Assert.Null(Interp.MainThread.Frame);
        // the interpreter is still usable
        var g = Recursive(withBase: true);
        Assert.Equal(10, ((PyInt)OnBigStack(() => g.Call([PyInt.From(10)], null))).Value);
    }

    [Fact]
    public void RecursionLimitIsAdjustable()
    {
        var f = Recursive(withBase: true);
        Interp.RecursionLimit = 50;
        var e = OnBigStack(() => Raises(() => f.Call([PyInt.From(60)], null)));
        Assert.Equal(ExceptionTypes.RecursionError, e.Value.Type);
        Interp.RecursionLimit = 5000;
        Assert.Equal(4000, ((PyInt)OnBigStack(() => f.Call([PyInt.From(4000)], null))).Value);
    }

    [Fact]
    public void SmallStackNeverCrashes()
    {
        // A 1 MB thread with a huge limit: the execution-stack guard must raise instead of overflowing.
        var f = Recursive(withBase: false);
        Interp.RecursionLimit = 10_000_000;
        PyException? caught = null;
        var t = new Thread(() =>
        {
            Interp.MainThread.Bind();
            try { f.Call([PyInt.From(0)], null); }
            catch (PyException e) { caught = e; }
        }, 1024 * 1024);
        t.Start();
        t.Join();
        Assert.NotNull(caught);
        Assert.Equal(ExceptionTypes.RecursionError, caught!.Value.Type);
    }
}
