// The eval loop on hand-assembled code: arithmetic, fused compare+jump loops, calls, closures,
// exception handlers from the exception table, and the name-error wording.
namespace GilRuntime.Unit.Runtime;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;
using Xunit;

public class EvalLoopTests : VmTestBase
{
    [Fact]
    public void AddsConstants()
    {
        var code = Module().LoadConst(PyInt.From(2)).LoadConst(PyInt.From(40)).Op(OpCode.BINARY_OP, 0)
            .Op(OpCode.RETURN_VALUE).Build();
        Assert.Equal(42, ((PyInt)Run(code)).Value);
    }

    [Fact]
    public void SmallIntOverflowPromotesToBigInteger()
    {
        var code = Module().LoadConst(PyInt.From(long.MaxValue)).LoadConst(PyInt.From(long.MaxValue)).Op(OpCode.BINARY_OP, 5)
            .Op(OpCode.RETURN_VALUE).Build();
        var r = (PyInt)Run(code);
        Assert.False(r.IsSmall);
        Assert.Equal((System.Numerics.BigInteger)long.MaxValue * long.MaxValue, r.ToBigInteger());
    }

    [Fact]
    public void FloorDivisionAndModuloRoundTowardNegativeInfinity()
    {
        var code = Module().LoadConst(PyInt.From(-7)).LoadConst(PyInt.From(2)).Op(OpCode.BINARY_OP, 2)
            .LoadConst(PyInt.From(-7)).LoadConst(PyInt.From(2)).Op(OpCode.BINARY_OP, 6)
            .Op(OpCode.BUILD_TUPLE, 2).Op(OpCode.RETURN_VALUE).Build();
        var t = (PyTuple)Run(code);
        Assert.Equal(-4, ((PyInt)t[0]).Value);
        Assert.Equal(1, ((PyInt)t[1]).Value);
    }

    internal static CodeObject SumLoop()
    {
        // def f(n): i = 0; s = 0; while i < n: s = s + i; i += 1; return s
        var b = new CodeBuilder { Name = "f", VarNames = ["n", "i", "s"], ArgCount = 1 };
        b.Op(OpCode.RESUME).LoadConst(PyInt.From(0)).Op(OpCode.STORE_FAST, 1)
         .LoadConst(PyInt.From(0)).Op(OpCode.STORE_FAST, 2)
         .Label("loop").Op(OpCode.LOAD_FAST, 1).Op(OpCode.LOAD_FAST, 0).Op(OpCode.COMPARE_OP, 0)
         .Jump(OpCode.POP_JUMP_FORWARD_IF_FALSE, "end")
         .Op(OpCode.LOAD_FAST, 2).Op(OpCode.LOAD_FAST, 1).Op(OpCode.BINARY_OP, 0).Op(OpCode.STORE_FAST, 2)
         .Op(OpCode.LOAD_FAST, 1).LoadConst(PyInt.From(1)).Op(OpCode.BINARY_OP, 13).Op(OpCode.STORE_FAST, 1)
         .Jump(OpCode.JUMP_BACKWARD, "loop")
         .Label("end").Op(OpCode.LOAD_FAST, 2).Op(OpCode.RETURN_VALUE);
        return b.Build();
    }

    [Fact]
    public void WhileLoopWithFusedCompareAndJump()
    {
        var fn = new PyFunction(SumLoop(), Globals, Interp.Builtins);
        Assert.Equal(4950, ((PyInt)fn.Call([PyInt.From(100)], null)).Value);
    }

    [Fact]
    public void ModuleDefinesAndCallsFunction()
    {
        var m = Module();
        m.LoadConst(SumLoop()).Op(OpCode.MAKE_FUNCTION, 0).Op(OpCode.STORE_NAME, m.Name_("f"))
         .Op(OpCode.PUSH_NULL).Op(OpCode.LOAD_NAME, m.Name_("f")).LoadConst(PyInt.From(10)).Op(OpCode.CALL, 1)
         .Op(OpCode.RETURN_VALUE);
        Assert.Equal(45, ((PyInt)Run(m.Build())).Value);
        Assert.IsType<PyFunction>(Globals.GetItem(PyStr.Intern("f")));
    }

    [Fact]
    public void DefaultsFillMissingPositionals()
    {
        // def f(a, b=5): return a - b
        var b = new CodeBuilder { Name = "f", VarNames = ["a", "b"], ArgCount = 2 };
        b.Op(OpCode.LOAD_FAST, 0).Op(OpCode.LOAD_FAST, 1).Op(OpCode.BINARY_OP, 10).Op(OpCode.RETURN_VALUE);
        var fn = new PyFunction(b.Build(), Globals, Interp.Builtins) { Defaults = [PyInt.From(5)] };
        Assert.Equal(5, ((PyInt)fn.Call([PyInt.From(10)], null)).Value);
        Assert.Equal(7, ((PyInt)fn.Call([PyInt.From(10), PyInt.From(3)], null)).Value);
        Assert.Equal(-7, ((PyInt)fn.Call([PyInt.From(3), PyInt.From(10)], new PyTuple([PyStr.Intern("b")]))).Value);
    }

    [Fact]
    public void ClosureReadsCellOfEnclosingCall()
    {
        // def outer(x): def inner(): return x; return inner
        var inner = new CodeBuilder { Name = "inner", QualName = "outer.<locals>.inner", FreeVars = ["x"] };
        inner.Op(OpCode.COPY_FREE_VARS, 1).Op(OpCode.RESUME).Op(OpCode.LOAD_DEREF, 0).Op(OpCode.RETURN_VALUE);
        var outer = new CodeBuilder { Name = "outer", VarNames = ["x"], CellVars = ["x"], Cell2Arg = [0], ArgCount = 1 };
        outer.Op(OpCode.MAKE_CELL, 0).Op(OpCode.RESUME).Op(OpCode.LOAD_CLOSURE, 0).Op(OpCode.BUILD_TUPLE, 1)
             .LoadConst(inner.Build()).Op(OpCode.MAKE_FUNCTION, 8).Op(OpCode.RETURN_VALUE);
        var fo = new PyFunction(outer.Build(), Globals, Interp.Builtins);
        var fi = (PyFunction)fo.Call([PyStr.From("captured")], null);
        Assert.Equal("outer.<locals>.inner", fi.QualName);
        Assert.Equal("captured", ((PyStr)fi.Call([], null)).Value);
        Assert.Single(fi.Closure!);
    }

    [Fact]
    public void UnboundFreeVariableMessage()
    {
        var inner = new CodeBuilder { Name = "g", FreeVars = ["x"] };
        inner.Op(OpCode.COPY_FREE_VARS, 1).Op(OpCode.LOAD_DEREF, 0).Op(OpCode.RETURN_VALUE);
        var fn = new PyFunction(inner.Build(), Globals, Interp.Builtins) { Closure = [new PyCell(null)] };
        var e = Raises(() => fn.Call([], null));
        Assert.Equal(ExceptionTypes.NameError, e.Value.Type);
        Assert.Equal("cannot access free variable 'x' where it is not associated with a value in enclosing scope", e.Value.Str());
    }

    [Fact]
    public void UnboundLocalMessage()
    {
        var b = new CodeBuilder { Name = "f", VarNames = ["x"] };
        b.Op(OpCode.LOAD_FAST, 0).Op(OpCode.RETURN_VALUE);
        var e = Raises(() => new PyFunction(b.Build(), Globals, Interp.Builtins).Call([], null));
        Assert.Equal(ExceptionTypes.UnboundLocalError, e.Value.Type);
        Assert.Equal("cannot access local variable 'x' where it is not associated with a value", e.Value.Str());
    }

    [Fact]
    public void UndefinedGlobalMessage()
    {
        var m = Module();
        m.LoadGlobal("nope", pushNull: true).Op(OpCode.RETURN_VALUE);
        var e = Raises(() => Run(m.Build()));
        Assert.Equal(ExceptionTypes.NameError, e.Value.Type);
        Assert.Equal("name 'nope' is not defined", e.Value.Str());
    }

    [Fact]
    public void BuiltinsAreFoundAfterGlobals()
    {
        var m = Module();
        m.Op(OpCode.LOAD_NAME, m.Name_("len")).Op(OpCode.RETURN_VALUE);
        Assert.IsType<PyBuiltinFunction>(Run(m.Build()));
        Globals.SetItem(PyStr.Intern("len"), PyInt.From(3));
        Assert.Equal(3, ((PyInt)Run(m.Build())).Value);
    }

    /// <summary>try: raise ValueError; except ValueError: return 42 (CPython 3.11's layout).</summary>
    internal static CodeObject TryExcept(string raised, string caught)
    {
        var b = new CodeBuilder { Name = "f" };
        b.Op(OpCode.RESUME).Op(OpCode.NOP)
         .Label("try").LoadGlobal(raised).Op(OpCode.RAISE_VARARGS, 1)
         .Label("endtry").LoadConst(Py.None).Op(OpCode.RETURN_VALUE)
         .Label("handler").Op(OpCode.PUSH_EXC_INFO)
         .Label("body").LoadGlobal(caught).Op(OpCode.CHECK_EXC_MATCH).Jump(OpCode.POP_JUMP_FORWARD_IF_FALSE, "reraise")
         .Op(OpCode.POP_TOP).Op(OpCode.POP_EXCEPT).LoadConst(PyInt.From(42)).Op(OpCode.RETURN_VALUE)
         .Label("reraise").Op(OpCode.RERAISE, 0)
         .Label("cleanup").Op(OpCode.COPY, 3).Op(OpCode.POP_EXCEPT).Op(OpCode.RERAISE, 1).Label("end")
         .Handler("try", "endtry", "handler", 0)
         .Handler("body", "cleanup", "cleanup", 1, lasti: true);
        return b.Build();
    }

    [Fact]
    public void ExceptionTableRoutesToHandler()
    {
        var fn = new PyFunction(TryExcept("ValueError", "ValueError"), Globals, Interp.Builtins);
        Assert.Equal(42, ((PyInt)fn.Call([], null)).Value);
        Assert.Null(Interp.MainThread.HandledException);
    }

    [Fact]
    public void UnmatchedExceptionPropagatesWithOneTracebackEntry()
    {
        var fn = new PyFunction(TryExcept("ValueError", "KeyError"), Globals, Interp.Builtins);
        var e = Raises(() => fn.Call([], null));
        Assert.Equal(ExceptionTypes.ValueError, e.Value.Type);
        var tb = Assert.IsType<PyTraceback>(e.Value.Traceback);
        Assert.Null(tb.Next);
        Assert.Null(Interp.MainThread.HandledException);
        Assert.Equal(0, Interp.MainThread.RecursionDepth);
    }

    [Fact]
    public void RaiseInsideHandlerSetsContext()
    {
        // try: raise KeyError except: raise ValueError
        var b = new CodeBuilder { Name = "f" };
        b.Label("try").LoadGlobal("KeyError").Op(OpCode.RAISE_VARARGS, 1)
         .Label("handler").Op(OpCode.PUSH_EXC_INFO)
         .Label("body").Op(OpCode.POP_TOP).LoadGlobal("ValueError").Op(OpCode.RAISE_VARARGS, 1)
         .Label("cleanup").Op(OpCode.COPY, 3).Op(OpCode.POP_EXCEPT).Op(OpCode.RERAISE, 1).Label("end")
         .Handler("try", "handler", "handler", 0)
         .Handler("body", "cleanup", "cleanup", 1, lasti: true);
        var e = Raises(() => new PyFunction(b.Build(), Globals, Interp.Builtins).Call([], null));
        Assert.Equal(ExceptionTypes.ValueError, e.Value.Type);
        Assert.Equal(ExceptionTypes.KeyError, e.Value.Context!.Type);
        Assert.Null(e.Value.Cause);
        Assert.Null(Interp.MainThread.HandledException);
    }

    [Fact]
    public void RaiseFromSetsCauseAndSuppressesContext()
    {
        var m = Module();
        m.LoadGlobal("ValueError").LoadGlobal("KeyError").Op(OpCode.RAISE_VARARGS, 2);
        var e = Raises(() => Run(m.Build()));
        Assert.Equal(ExceptionTypes.KeyError, e.Value.Cause!.Type);
        Assert.True(e.Value.SuppressContext);
    }

    [Fact]
    public void BareRaiseWithoutActiveException()
    {
        var m = Module();
        m.Op(OpCode.RAISE_VARARGS, 0);
        var e = Raises(() => Run(m.Build()));
        Assert.Equal("No active exception to reraise", e.Value.Str());
    }

    [Fact]
    public void RaisingANonExceptionIsTypeError()
    {
        var m = Module();
        m.LoadConst(PyInt.From(1)).Op(OpCode.RAISE_VARARGS, 1);
        var e = Raises(() => Run(m.Build()));
        Assert.Equal(ExceptionTypes.TypeError, e.Value.Type);
        Assert.Equal("exceptions must derive from BaseException", e.Value.Str());
    }

    [Fact]
    public void UnpackSequenceErrors()
    {
        var m = Module();
        m.LoadConst(PyInt.From(1)).Op(OpCode.UNPACK_SEQUENCE, 2).Op(OpCode.RETURN_VALUE);
        Assert.Equal("cannot unpack non-iterable int object", Raises(() => Run(m.Build())).Value.Str());
        var m2 = Module();
        m2.LoadConst(new PyTuple([PyInt.From(1), PyInt.From(2), PyInt.From(3)])).Op(OpCode.UNPACK_SEQUENCE, 2).Op(OpCode.RETURN_VALUE);
        Assert.Equal("too many values to unpack (expected 2)", Raises(() => Run(m2.Build())).Value.Str());
        var m3 = Module();
        m3.LoadConst(new PyTuple([PyInt.From(1)])).Op(OpCode.UNPACK_SEQUENCE, 3).Op(OpCode.RETURN_VALUE);
        Assert.Equal("not enough values to unpack (expected 3, got 1)", Raises(() => Run(m3.Build())).Value.Str());
    }

    [Fact]
    public void UnpackSequencePushesInReverse()
    {
        var m = Module();
        m.LoadConst(new PyTuple([PyInt.From(1), PyInt.From(2)])).Op(OpCode.UNPACK_SEQUENCE, 2)
         .Op(OpCode.BINARY_OP, 10).Op(OpCode.RETURN_VALUE); // TOS is item 0, so this is 2 - 1
        Assert.Equal(1, ((PyInt)Run(m.Build())).Value);
    }

    [Fact]
    public void CheckExcMatchRejectsNonExceptionClasses()
    {
        var b = new CodeBuilder { Name = "f" };
        b.Label("try").LoadGlobal("ValueError").Op(OpCode.RAISE_VARARGS, 1)
         .Label("handler").Op(OpCode.PUSH_EXC_INFO)
         .Label("body").LoadConst(PyInt.From(3)).Op(OpCode.CHECK_EXC_MATCH).Op(OpCode.RETURN_VALUE)
         .Label("cleanup").Op(OpCode.COPY, 3).Op(OpCode.POP_EXCEPT).Op(OpCode.RERAISE, 1)
         .Handler("try", "handler", "handler", 0)
         .Handler("body", "cleanup", "cleanup", 1, lasti: true);
        var e = Raises(() => new PyFunction(b.Build(), Globals, Interp.Builtins).Call([], null));
        Assert.Equal("catching classes that do not inherit from BaseException is not allowed", e.Value.Str());
        Assert.Equal(ExceptionTypes.ValueError, e.Value.Context!.Type);
    }

    [Fact]
    public void GeneratorFrameIsResumedInPlace()
    {
        var code = SourceCompiler.Compile("def g(a):\n    b = yield a\n    yield (a, b)\nit = g(1)\n", "t.py", "exec");
        Run(code);
        var gen = Globals.GetValueOrNull(PyStr.Intern("it"))!;
        var frame = (Frame)Ops.GetAttr(gen, PyStr.Intern("gi_frame"));
        Assert.Equal(PyInt.From(1), gen.Next());
        int lastI = frame.LastI;
        Assert.True(frame.Yielded);
        // send resumes the very same frame after its YIELD_VALUE, with the sent value as the yield's result.
        var pair = Ops.GetAttr(gen, PyStr.Intern("send")).Call([PyStr.From("x")], null);
        Assert.Equal("(1, 'x')", Ops.Repr(pair));
        Assert.Same(frame, Ops.GetAttr(gen, PyStr.Intern("gi_frame")));
        Assert.True(frame.LastI > lastI);
        Assert.Null(gen.Next());
        Assert.Same(Py.None, Ops.GetAttr(gen, PyStr.Intern("gi_frame")));
    }

    [Fact]
    public void LoadMethodCallsMethodDescriptorWithoutBinding()
    {
        var t = PyType.Builtin("probe", typeof(PyBaseObject));
        PyObject? seenSelf = null;
        t.AddMethod("m", (self, args, kw) => { seenSelf = self; return PyInt.From(args.Length); });
        var probe = new Probe(t);
        Globals.SetItem(PyStr.Intern("p"), probe);
        var m = Module();
        m.Op(OpCode.LOAD_NAME, m.Name_("p")).Op(OpCode.LOAD_METHOD, m.Name_("m"))
         .LoadConst(PyInt.From(1)).LoadConst(PyInt.From(2)).Op(OpCode.CALL, 2).Op(OpCode.RETURN_VALUE);
        Assert.Equal(2, ((PyInt)Run(m.Build())).Value);
        Assert.Same(probe, seenSelf);
    }

    private sealed class Probe(PyType t) : PyObject
    {
        public override PyType Type => t;
    }
}
