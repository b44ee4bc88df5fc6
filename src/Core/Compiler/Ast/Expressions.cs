// Expression nodes (CPython's `expr` sum type).
namespace GilRuntime.Core.Compiler.Ast;

using GilRuntime.Core.Objects;

public abstract record Expr : Node;

public sealed record BoolOp(BoolOpKind Op, List<Expr> Values) : Expr;
public sealed record NamedExpr(Expr Target, Expr Value) : Expr;
public sealed record BinOp(Expr Left, OperatorKind Op, Expr Right) : Expr;
public sealed record UnaryOp(UnaryOpKind Op, Expr Operand) : Expr;
public sealed record Lambda(Arguments Args, Expr Body) : Expr;
public sealed record IfExp(Expr Test, Expr Body, Expr OrElse) : Expr;
/// <summary>A null key marks a <c>**mapping</c> entry.</summary>
public sealed record Dict(List<Expr?> Keys, List<Expr> Values) : Expr;
public sealed record Set(List<Expr> Elts) : Expr;
public sealed record ListComp(Expr Elt, List<Comprehension> Generators) : Expr;
public sealed record SetComp(Expr Elt, List<Comprehension> Generators) : Expr;
public sealed record DictComp(Expr Key, Expr Value, List<Comprehension> Generators) : Expr;
public sealed record GeneratorExp(Expr Elt, List<Comprehension> Generators) : Expr;
public sealed record Await(Expr Value) : Expr;
public sealed record Yield(Expr? Value) : Expr;
public sealed record YieldFrom(Expr Value) : Expr;
public sealed record Compare(Expr Left, List<CmpOpKind> Ops, List<Expr> Comparators) : Expr;
public sealed record Call(Expr Func, List<Expr> Args, List<Keyword> Keywords) : Expr;
/// <summary>Conversion is -1 (none), 's', 'r' or 'a' as in CPython.</summary>
public sealed record FormattedValue(Expr Value, int Conversion, JoinedStr? FormatSpec) : Expr;
public sealed record JoinedStr(List<Expr> Values) : Expr;
/// <summary>Value is a Python object: PyInt, PyFloat, PyComplex, PyStr, PyBytes, PyBool, None or Ellipsis.
/// Kind is "u" for a u-prefixed string, otherwise null.</summary>
public sealed record Constant(PyObject Value, string? Kind = null) : Expr;
public sealed record Attribute(Expr Value, string Attr) : Expr { public ExprContext Ctx { get; set; } }
public sealed record Subscript(Expr Value, Expr Slice) : Expr { public ExprContext Ctx { get; set; } }
public sealed record Starred(Expr Value) : Expr { public ExprContext Ctx { get; set; } }
public sealed record Name(string Id) : Expr { public ExprContext Ctx { get; set; } }
public sealed record List(List<Expr> Elts) : Expr { public ExprContext Ctx { get; set; } }
public sealed record Tuple(List<Expr> Elts) : Expr { public ExprContext Ctx { get; set; } }
public sealed record Slice(Expr? Lower, Expr? Upper, Expr? Step) : Expr;

public sealed record Comprehension(Expr Target, Expr Iter, List<Expr> Ifs, bool IsAsync) : Node;

/// <summary>Parameters of a def or lambda. KwDefaults has one entry per KwOnlyArgs (null = no default);
/// Defaults belong to the last Defaults.Count of PosOnlyArgs+Args.</summary>
public sealed record Arguments(
    List<Arg> PosOnlyArgs, List<Arg> Args, Arg? VarArg,
    List<Arg> KwOnlyArgs, List<Expr?> KwDefaults, Arg? KwArg, List<Expr> Defaults) : Node
{
    public static Arguments Empty() => new([], [], null, [], [], null, []);
}

public sealed record Arg(string Name, Expr? Annotation) : Node;

/// <summary>A null ArgName marks <c>**kwargs</c> in a call.</summary>
public sealed record Keyword(string? ArgName, Expr Value) : Node;
