// Small builders for hand-made ASTs in the compiler tests (each node gets a source position).
namespace GilRuntime.Unit.Compiler;

using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Objects;

internal static class CodeGenAst
{
    /// <summary>A position: line, column (0-based), on one line.</summary>
    public static Pass P(int line, int col = 0) => new Pass { Lineno = line, ColOffset = col, EndLineno = line, EndColOffset = col + 1 };

    public static Name Load(string id, Node? at = null)
    {
        var n = new Name(id).At<Name>(at ?? P(1));
        n.Ctx = ExprContext.Load;
        return n;
    }

    public static Name Store(string id, Node? at = null)
    {
        var n = new Name(id).At<Name>(at ?? P(1));
        n.Ctx = ExprContext.Store;
        return n;
    }

    public static Constant Int(long v) => new Constant(PyInt.From(v)).At<Constant>(P(1));
    public static Constant Str(string s) => new Constant(PyStr.From(s)).At<Constant>(P(1));
    public static BinOp Bin(Expr l, Expr r, OperatorKind op = OperatorKind.Add) => new BinOp(l, op, r).At<BinOp>(P(1));
    public static Call Call(Expr f, params Expr[] args) => new Call(f, args.ToList(), []).At<Call>(P(1));
    public static Return Ret(Expr? v, int line = 1) => new Return(v).At<Return>(P(line));
    public static ExprStmt Expr(Expr v, int line = 1) => new ExprStmt(v).At<ExprStmt>(P(line));
    public static Assign Assign(Expr target, Expr value, int line = 1) => new Assign([target], value).At<Assign>(P(line));

    public static Arguments Args(params string[] names)
    {
        var a = Arguments.Empty();
        foreach (var n in names) a.Args.Add(new Arg(n, null).At<Arg>(P(1)));
        return a;
    }

    public static FunctionDef Def(string name, Arguments args, List<Stmt> body, int line = 1, bool isAsync = false) =>
        new FunctionDef(name, args, body, [], null, isAsync).At<FunctionDef>(P(line));

    public static ClassDef Class(string name, List<Stmt> body, int line = 1) =>
        new ClassDef(name, [], [], body, []).At<ClassDef>(P(line));
}
