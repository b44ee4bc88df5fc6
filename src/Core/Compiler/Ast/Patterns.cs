// Pattern nodes of the match statement (CPython's `pattern` sum type).
namespace GilRuntime.Core.Compiler.Ast;

using GilRuntime.Core.Objects;

public abstract record Pattern : Node;

public sealed record MatchValue(Expr Value) : Pattern;
/// <summary>Value is None, True or False.</summary>
public sealed record MatchSingleton(PyObject Value) : Pattern;
public sealed record MatchSequence(List<Pattern> Patterns) : Pattern;
/// <summary>Rest names the <c>**rest</c> capture, if any.</summary>
public sealed record MatchMapping(List<Expr> Keys, List<Pattern> Patterns, string? Rest) : Pattern;
public sealed record MatchClass(Expr Cls, List<Pattern> Patterns, List<string> KwdAttrs, List<Pattern> KwdPatterns) : Pattern;
/// <summary>Name null is <c>*_</c>.</summary>
public sealed record MatchStar(string? Name) : Pattern;
/// <summary>Pattern null and Name null is the wildcard <c>_</c>.</summary>
public sealed record MatchAs(Pattern? Pattern, string? Name) : Pattern;
public sealed record MatchOr(List<Pattern> Patterns) : Pattern;
