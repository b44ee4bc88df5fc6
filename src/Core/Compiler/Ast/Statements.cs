// Statement nodes (CPython's `stmt` sum type) and the module roots.
namespace GilRuntime.Core.Compiler.Ast;

public abstract record Stmt : Node;

public sealed record FunctionDef(string Name, Arguments Args, List<Stmt> Body, List<Expr> DecoratorList, Expr? Returns, bool IsAsync) : Stmt;
public sealed record ClassDef(string Name, List<Expr> Bases, List<Keyword> Keywords, List<Stmt> Body, List<Expr> DecoratorList) : Stmt;
public sealed record Return(Expr? Value) : Stmt;
public sealed record Delete(List<Expr> Targets) : Stmt;
public sealed record Assign(List<Expr> Targets, Expr Value) : Stmt;
public sealed record AugAssign(Expr Target, OperatorKind Op, Expr Value) : Stmt;
/// <summary>Simple is true for a bare name target not in parentheses.</summary>
public sealed record AnnAssign(Expr Target, Expr Annotation, Expr? Value, bool Simple) : Stmt;
public sealed record For(Expr Target, Expr Iter, List<Stmt> Body, List<Stmt> OrElse, bool IsAsync) : Stmt;
public sealed record While(Expr Test, List<Stmt> Body, List<Stmt> OrElse) : Stmt;
public sealed record If(Expr Test, List<Stmt> Body, List<Stmt> OrElse) : Stmt;
public sealed record With(List<WithItem> Items, List<Stmt> Body, bool IsAsync) : Stmt;
public sealed record Match(Expr Subject, List<MatchCase> Cases) : Stmt;
public sealed record Raise(Expr? Exc, Expr? Cause) : Stmt;
/// <summary>IsStar marks <c>except*</c> (CPython's TryStar).</summary>
public sealed record Try(List<Stmt> Body, List<ExceptHandler> Handlers, List<Stmt> OrElse, List<Stmt> FinalBody, bool IsStar) : Stmt;
public sealed record Assert(Expr Test, Expr? Msg) : Stmt;
public sealed record Import(List<Alias> Names) : Stmt;
public sealed record ImportFrom(string? Module, List<Alias> Names, int Level) : Stmt;
public sealed record Global(List<string> Names) : Stmt;
public sealed record Nonlocal(List<string> Names) : Stmt;
public sealed record ExprStmt(Expr Value) : Stmt;
public sealed record Pass() : Stmt;
public sealed record Break() : Stmt;
public sealed record Continue() : Stmt;

public sealed record ExceptHandler(Expr? Type, string? Name, List<Stmt> Body) : Node;
public sealed record Alias(string Name, string? AsName) : Node;
public sealed record WithItem(Expr ContextExpr, Expr? OptionalVars) : Node;
public sealed record MatchCase(Pattern Pattern, Expr? Guard, List<Stmt> Body) : Node;

/// <summary>What the compiler was given: a file (exec), one expression (eval) or one interactive statement (single).</summary>
public abstract record ModuleRoot : Node;
public sealed record Module(List<Stmt> Body) : ModuleRoot;
public sealed record Expression(Expr Body) : ModuleRoot;
public sealed record Interactive(List<Stmt> Body) : ModuleRoot;
