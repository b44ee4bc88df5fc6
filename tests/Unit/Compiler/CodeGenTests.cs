// Code generator and assembler: co_* fields, flags, stack size, exception table, jump arguments and
// the 3.11 instruction sequences of key constructs (compared with what CPython 3.11 emits, minus
// CACHE and PRECALL).
namespace GilRuntime.Unit.Compiler;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Compiler;
using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Objects;
using Xunit;
using Assert = Xunit.Assert;
using static GilRuntime.Unit.Compiler.CodeGenAst;

public class CodeGenTests
{
    private static CodeObject Compile(params Stmt[] body) =>
        PythonCompiler.Compile(new Module(body.ToList()), "<test>", CompileMode.Exec);

    private static string Ops(CodeObject c)
    {
        var parts = new List<string>();
        foreach (var i in Disassembler.Decode(c))
            parts.Add(i.HasArg ? $"{i.Op} {i.Arg}" : i.Op.ToString());
        return string.Join("; ", parts);
    }

    private static CodeObject Inner(CodeObject c, int n = 0) => c.co_consts.OfType<CodeObject>().ElementAt(n);

    [Fact]
    public void ModuleAssignment()
    {
        var c = Compile(Assign(Store("x"), Int(1)));
        Assert.Equal("RESUME 0; LOAD_CONST 0; STORE_NAME 0; LOAD_CONST 1; RETURN_VALUE", Ops(c));
        Assert.Equal("<module>", c.co_qualname);
        Assert.Equal(CodeFlags.None, c.co_flags);
        Assert.Equal(1, c.co_stacksize);
        Assert.Equal(["x"], c.co_names.Select(n => n.Value));
        Assert.Equal(1L, ((PyInt)c.co_consts[0]).Value);
        Assert.Same(Py.None, c.co_consts[1]);
        Assert.Equal(0, c.Positions[0].Line);   // RESUME of a module is on line 0, as in CPython
        Assert.Equal(1, c.Positions[1].Line);
    }

    [Fact]
    public void CallsPushNullAndGlobalLowBit()
    {
        var c = Compile(Expr(Call(Load("print"), Load("x"))),
            Def("f", Args(), [Expr(Call(Load("print"), Int(2)), 2)], line: 2));
        Assert.StartsWith("RESUME 0; PUSH_NULL; LOAD_NAME 0; LOAD_NAME 1; CALL 1; POP_TOP", Ops(c));
        var f = Inner(c);
        Assert.Equal("RESUME 0; LOAD_GLOBAL 1; LOAD_CONST 1; CALL 1; POP_TOP; LOAD_CONST 0; RETURN_VALUE", Ops(f));
        Assert.Equal(3, f.co_stacksize);
        Assert.Same(Py.None, f.co_consts[0]);   // no docstring: None first
    }

    [Fact]
    public void ClosureCellsAndFreeVariables()
    {
        var g = Def("g", Args(), [Ret(Load("a"), 3)], line: 2);
        var c = Compile(Def("f", Args("a"), [g, Ret(Load("g"), 4)]));
        var f = Inner(c);
        Assert.Equal(["a"], f.co_cellvars);
        Assert.Equal([0], f.Cell2Arg);
        Assert.Equal(["a", "g"], f.co_varnames);
        Assert.StartsWith("MAKE_CELL 0; RESUME 0; LOAD_CLOSURE 0; BUILD_TUPLE 1; LOAD_CONST 1; MAKE_FUNCTION 8; STORE_FAST 1", Ops(f));
        var gc = Inner(f);
        Assert.Equal(["a"], gc.co_freevars);
        Assert.Equal("f.<locals>.g", gc.co_qualname);
        Assert.Equal(CodeFlags.Optimized | CodeFlags.NewLocals | CodeFlags.Nested, gc.co_flags);
        Assert.Equal("COPY_FREE_VARS 1; RESUME 0; LOAD_DEREF 0; RETURN_VALUE", Ops(gc));
        Assert.Equal(1, f.co_argcount);
    }

    [Fact]
    public void GeneratorPrologueAndFlags()
    {
        var y = new Yield(Int(1)).At<Yield>(P(2));
        var c = Compile(Def("g", Args(), [Expr(y, 2)]));
        var g = Inner(c);
        Assert.Equal(CodeFlags.Optimized | CodeFlags.NewLocals | CodeFlags.Generator, g.co_flags);
        Assert.Equal("RETURN_GENERATOR; POP_TOP; RESUME 0; LOAD_CONST 1; YIELD_VALUE; RESUME 1; POP_TOP; LOAD_CONST 0; RETURN_VALUE", Ops(g));
        Assert.Equal(1, g.co_stacksize);
    }

    [Fact]
    public void DocstringIsTheFirstConstant()
    {
        var c = Compile(Def("f", Args(), [Expr(Str("doc"), 2), Ret(Int(7), 3)]));
        var f = Inner(c);
        Assert.Equal("doc", ((PyStr)f.co_consts[0]).Value);
    }

    [Fact]
    public void ForLoopJumpsAreRelativeCodeUnits()
    {
        // for i in x: f(i)
        var loop = new For(Store("i"), Load("x"), [Expr(Call(Load("f"), Load("i")))], [], false).At<For>(P(1));
        var c = Compile(loop);
        Assert.Equal("RESUME 0; LOAD_NAME 0; GET_ITER; FOR_ITER 7; STORE_NAME 1; PUSH_NULL; LOAD_NAME 2; LOAD_NAME 1; CALL 1; POP_TOP; JUMP_BACKWARD 8; LOAD_CONST 0; RETURN_VALUE", Ops(c));
        // FOR_ITER at unit 3 jumps to unit 3+1+7 = 11 (LOAD_CONST); JUMP_BACKWARD at 10 goes to 10+1-8 = 3
    }

    [Fact]
    public void TryExceptBuildsTheExceptionTable()
    {
        // try: f() except E: pass
        var t = new Try([Expr(new Call(Load("f", P(2)), [], []).At<Call>(P(2)), 2)],
            [new ExceptHandler(Load("E"), null, [new Pass().At<Pass>(P(4))]).At<ExceptHandler>(P(3))], [], [], false).At<Try>(P(1));
        var c = Compile(t);
        Assert.Equal(
            "RESUME 0; NOP; PUSH_NULL; LOAD_NAME 0; CALL 0; POP_TOP; LOAD_CONST 0; RETURN_VALUE; " +
            "PUSH_EXC_INFO; LOAD_NAME 1; CHECK_EXC_MATCH; POP_JUMP_FORWARD_IF_FALSE 4; POP_TOP; POP_EXCEPT; LOAD_CONST 0; RETURN_VALUE; " +
            "RERAISE 0; COPY 3; POP_EXCEPT; RERAISE 1", Ops(c));
        // as CPython: 4 to 10 -> 16 [0]; 16 to 24 -> 34 [1] lasti; 32 to 32 -> 34 [1] lasti (in bytes)
        Assert.Equal(3, c.ExceptionTable.Length);
        Assert.Equal(new ExceptionTableEntry(2, 6, 8, 0, false), c.ExceptionTable[0]);
        Assert.Equal(new ExceptionTableEntry(8, 13, 17, 1, true), c.ExceptionTable[1]);
        Assert.Equal(new ExceptionTableEntry(16, 17, 17, 1, true), c.ExceptionTable[2]);
        Assert.Equal(4, c.co_stacksize);
    }

    [Fact]
    public void ConstantFolding()
    {
        var neg = new UnaryOp(UnaryOpKind.USub, Int(5)).At<UnaryOp>(P(1));
        var tup = new Tuple([Int(1), Int(2)]).At<Tuple>(P(2));
        tup.Ctx = ExprContext.Load;
        var lst = new List([Int(1), Int(2)]).At<List>(P(3));
        lst.Ctx = ExprContext.Load;
        var cmp = new Compare(Load("x"), [CmpOpKind.In], [lst]).At<Compare>(P(3));
        var c = Compile(Assign(Store("a"), neg), Assign(Store("b"), tup, 2), Assign(Store("c"), cmp, 3));
        Assert.Equal(-5L, ((PyInt)c.co_consts[0]).Value);
        Assert.Equal("RESUME 0; LOAD_CONST 0; STORE_NAME 0; LOAD_CONST 1; STORE_NAME 1; LOAD_NAME 2; LOAD_CONST 1; CONTAINS_OP 0; STORE_NAME 3; LOAD_CONST 2; RETURN_VALUE", Ops(c));
        Assert.Equal(2, ((PyTuple)c.co_consts[1]).Count);
    }

    [Fact]
    public void SwapForTupleAssignment()
    {
        var src = new Tuple([Load("b"), Load("a")]).At<Tuple>(P(1));
        src.Ctx = ExprContext.Load;
        var dst = new Tuple([Store("a"), Store("b")]).At<Tuple>(P(1));
        dst.Ctx = ExprContext.Store;
        var c = Compile(Assign(dst, src));
        Assert.StartsWith("RESUME 0; LOAD_NAME 0; LOAD_NAME 1; SWAP 2; STORE_NAME 1; STORE_NAME 0", Ops(c));
    }

    [Fact]
    public void ExtendedArgForLargeArguments()
    {
        var body = new List<Stmt>();
        for (int i = 0; i < 300; i++) body.Add(Assign(Store("v" + i), Int(i)));
        var c = Compile(body.ToArray());
        var ops = Disassembler.Decode(c);
        Assert.Contains(ops, i => i.Op == OpCode.EXTENDED_ARG);
        var last = ops.Last(i => i.Op == OpCode.STORE_NAME);
        Assert.Equal(299, last.Arg);
        Assert.Equal(c.CodeUnits, c.Positions.Length);
    }

    [Fact]
    public void ReturnOutsideFunction()
    {
        var e = Assert.Throws<PyException>(() => Compile(Ret(Int(1))));
        var se = Assert.IsType<PySyntaxError>(e.Value);
        Assert.Equal("'return' outside function", se.Msg);
        Assert.Equal(1, se.Lineno);
        Assert.Equal(1, se.Offset);
    }

    [Fact]
    public void BreakOutsideLoop()
    {
        var e = Assert.Throws<PyException>(() => Compile(new Break().At<Break>(P(1))));
        Assert.Equal("'break' outside loop", ((PySyntaxError)e.Value).Msg);
        e = Assert.Throws<PyException>(() => Compile(new Continue().At<Continue>(P(1))));
        Assert.Equal("'continue' not properly in loop", ((PySyntaxError)e.Value).Msg);
    }

    [Fact]
    public void ClassBody()
    {
        var c = Compile(Class("C", [Assign(Store("x"), Int(1), 2)]));
        Assert.StartsWith("RESUME 0; PUSH_NULL; LOAD_BUILD_CLASS; LOAD_CONST 0; MAKE_FUNCTION 0; LOAD_CONST 1; CALL 2; STORE_NAME 0", Ops(c));
        var body = Inner(c);
        Assert.Equal("RESUME 0; LOAD_NAME 0; STORE_NAME 1; LOAD_CONST 0; STORE_NAME 2; LOAD_CONST 1; STORE_NAME 3; LOAD_CONST 2; RETURN_VALUE", Ops(body));
        Assert.Equal(["__name__", "__module__", "__qualname__", "x"], body.co_names.Select(n => n.Value));
        Assert.Equal(CodeFlags.None, body.co_flags);
    }
}
