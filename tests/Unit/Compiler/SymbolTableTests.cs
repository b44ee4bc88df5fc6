// Symbol table: scope resolution (local, global explicit/implicit, free, cell, class scopes,
// comprehensions, __class__) and the SyntaxErrors CPython's symtable raises, with their positions.
// ASTs are built by hand here (the parser is tested separately); CodeGenAst holds the builders.
namespace GilRuntime.Unit.Compiler;

using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Compiler.Symbols;
using GilRuntime.Core.Objects;
using Xunit;
using Assert = Xunit.Assert;
using static GilRuntime.Unit.Compiler.CodeGenAst;

public class SymbolTableTests
{
    private static SymbolTable Build(params Stmt[] body) => SymbolTable.Build(new Module(body.ToList()), "<test>");

    private static PySyntaxError Fails(params Stmt[] body)
    {
        var e = Assert.Throws<PyException>(() => Build(body));
        return Assert.IsType<PySyntaxError>(e.Value);
    }

    [Fact]
    public void FunctionLocalsGlobalsAndFree()
    {
        // def f(a):
        //     b = a
        //     def g(): return b + c
        var g = Def("g", Args(), [Ret(Bin(Load("b"), Load("c")))], line: 3);
        var f = Def("f", Args("a"), [Assign(Store("b"), Load("a")), g]);
        var st = Build(f);
        var fs = st.Lookup(f);
        Assert.Equal(SymbolScope.Local, fs.ScopeOf("a"));
        Assert.Equal(SymbolScope.Cell, fs.ScopeOf("b"));
        Assert.Equal(SymbolScope.Local, fs.ScopeOf("g"));
        var gs = st.Lookup(g);
        Assert.Equal(SymbolScope.Free, gs.ScopeOf("b"));
        Assert.Equal(SymbolScope.GlobalImplicit, gs.ScopeOf("c"));
        Assert.True(gs.IsNested);
        Assert.False(fs.IsNested);
        Assert.Equal(["a"], fs.VarNames);
    }

    [Fact]
    public void ClassScopeDoesNotLeakIntoMethods()
    {
        // class C:
        //     x = 1
        //     def m(self): return x
        var m = Def("m", Args("self"), [Ret(Load("x"))], line: 3);
        var c = Class("C", [Assign(Store("x"), Int(1)), m]);
        var st = Build(c);
        Assert.Equal(SymbolScope.GlobalImplicit, st.Lookup(m).ScopeOf("x"));
        Assert.Equal(SymbolScope.Local, st.Lookup(c).ScopeOf("x"));
    }

    [Fact]
    public void SuperGivesTheClassAClassCell()
    {
        var m = Def("m", Args("self"), [Expr(Call(Load("super")))], line: 2);
        var c = Class("C", [m]);
        var st = Build(c);
        Assert.True(st.Lookup(c).NeedsClassClosure);
        Assert.Equal(SymbolScope.Free, st.Lookup(m).ScopeOf("__class__"));
    }

    [Fact]
    public void ExplicitGlobalAlsoMarksTheModule()
    {
        var f = Def("f", Args(), [new Global(["g"]).At<Global>(P(2)), Assign(Store("g"), Int(1))]);
        var st = Build(Assign(Store("g"), Int(0)), f);
        Assert.Equal(SymbolScope.GlobalExplicit, st.Lookup(f).ScopeOf("g"));
        Assert.Equal(SymbolScope.GlobalExplicit, st.Top.ScopeOf("g"));
    }

    [Fact]
    public void ComprehensionIsAFunctionScopeAndWalrusBindsOutside()
    {
        // def f(data): return [y := v for v in data]
        var comp = new ListComp(new NamedExpr(Store("y"), Load("v")).At<NamedExpr>(P(1)),
            [new Comprehension(Store("v"), Load("data"), [], false)]).At<ListComp>(P(1));
        var f = Def("f", Args("data"), [Ret(comp)]);
        var st = Build(f);
        var cs = st.Lookup(comp);
        Assert.True(cs.IsComprehension);
        Assert.Equal([".0"], cs.VarNames);
        Assert.Equal(SymbolScope.Local, cs.ScopeOf("v"));
        Assert.Equal(SymbolScope.Free, cs.ScopeOf("y"));
        Assert.Equal(SymbolScope.Cell, st.Lookup(f).ScopeOf("y"));
        // the first iterable is evaluated in the enclosing scope
        Assert.Equal(SymbolScope.Local, st.Lookup(f).ScopeOf("data"));
        Assert.Equal(SymbolScope.Unknown, cs.ScopeOf("data"));
    }

    [Fact]
    public void PrivateNamesAreMangled()
    {
        var m = Def("m", Args("self"), [Assign(Store("__x"), Int(1))], line: 2);
        var st = Build(Class("C", [m]));
        Assert.Equal(SymbolScope.Local, st.Lookup(m).ScopeOf("_C__x"));
        Assert.Equal("__x__", SymbolTable.Mangle("C", "__x__"));
        Assert.Equal("_A__x", SymbolTable.Mangle("__A", "__x"));
    }

    [Fact]
    public void UsedPriorToGlobalDeclaration()
    {
        var e = Fails(Def("f", Args(), [Expr(Load("x", P(2, 4))), new Global(["x"]).At<Global>(P(3, 4))]));
        Assert.Equal("name 'x' is used prior to global declaration", e.Msg);
        Assert.Equal(3, e.Lineno);
        Assert.Equal(5, e.Offset);
    }

    [Fact]
    public void AssignedBeforeGlobalDeclaration()
    {
        var e = Fails(Def("f", Args(), [Assign(Store("x"), Int(1)), new Global(["x"]).At<Global>(P(3, 4))]));
        Assert.Equal("name 'x' is assigned to before global declaration", e.Msg);
    }

    [Fact]
    public void ParameterAndGlobal()
    {
        var e = Fails(Def("f", Args("x"), [new Global(["x"]).At<Global>(P(2, 4))]));
        Assert.Equal("name 'x' is parameter and global", e.Msg);
        Assert.Equal(2, e.Lineno);
    }

    [Fact]
    public void NonlocalAtModuleLevel()
    {
        var e = Fails(new Nonlocal(["x"]).At<Nonlocal>(P(1)));
        Assert.Equal("nonlocal declaration not allowed at module level", e.Msg);
        Assert.Equal(1, e.Lineno);
        Assert.Equal(1, e.Offset);
    }

    [Fact]
    public void NoBindingForNonlocal()
    {
        var e = Fails(Def("f", Args(), [new Nonlocal(["x"]).At<Nonlocal>(P(2, 4))]));
        Assert.Equal("no binding for nonlocal 'x' found", e.Msg);
        Assert.Equal(2, e.Lineno);
        Assert.Equal(5, e.Offset);
    }

    [Fact]
    public void NonlocalAndGlobal()
    {
        var g = Def("g", Args(), [new Nonlocal(["x"]).At<Nonlocal>(P(3, 8)), new Global(["x"]).At<Global>(P(4, 8))], line: 3);
        var e = Fails(Def("f", Args(), [Assign(Store("x"), Int(1)), g]));
        Assert.Equal("name 'x' is nonlocal and global", e.Msg);
    }

    [Fact]
    public void DuplicateArgument()
    {
        var e = Fails(Def("f", Args("a", "a"), [new Pass().At<Pass>(P(1))]));
        Assert.Equal("duplicate argument 'a' in function definition", e.Msg);
    }

    [Fact]
    public void WalrusCannotRebindIterationVariable()
    {
        var comp = new ListComp(new NamedExpr(Store("v", P(1, 6)), Int(1)).At<NamedExpr>(P(1, 6)),
            [new Comprehension(Store("v"), Load("data"), [], false)]).At<ListComp>(P(1));
        var e = Fails(Expr(comp));
        Assert.Equal("assignment expression cannot rebind comprehension iteration variable 'v'", e.Msg);
        Assert.Equal(7, e.Offset);
    }

    [Fact]
    public void YieldInsideComprehensionPointsAtTheYield()
    {
        var y = new Yield(Load("x")).At<Yield>(P(2, 6));
        var comp = new ListComp(y, [new Comprehension(Store("x"), Load("data"), [], false)]).At<ListComp>(P(2, 4));
        var e = Fails(Def("f", Args(), [Expr(comp, 2)]));
        Assert.Equal("'yield' inside list comprehension", e.Msg);
        Assert.Equal(2, e.Lineno);
        Assert.Equal(7, e.Offset);
    }
}
