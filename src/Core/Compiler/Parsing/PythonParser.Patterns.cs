// The match statement and its patterns (PEP 634). `match` and `case` are soft keywords: a line that
// starts with `match` is a match statement only if a subject, ':' and NEWLINE follow; otherwise it
// is parsed again as an ordinary statement (`match = 1`, `match(x)`).
namespace GilRuntime.Core.Compiler.Parsing;

using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Compiler.Tokenizing;
using GilRuntime.Core.Objects;
using Tuple = GilRuntime.Core.Compiler.Ast.Tuple;
using Attribute = GilRuntime.Core.Compiler.Ast.Attribute;

internal sealed partial class PythonParser
{
    /// <summary>After a failed TryParseMatch: the token after a subject that parsed but was not followed
    /// by ':', or -1. If the line then fails as an ordinary statement, the error is reported there.</summary>
    private int _matchFailAt = -1;

    private Stmt? TryParseMatch()
    {
        _matchFailAt = -1;
        var st = Cur;
        if (!StartsExpr(PeekK(1)) && PeekK(1) != TokenKind.Star) return null;
        int save = _p;
        Expr? subject = null;
        Next();
        try
        {
            var s0 = Cur;
            var first = ParseStarNamedExpression();
            if (K == TokenKind.Comma)
            {
                var elts = new List<Expr> { first };
                while (Accept(TokenKind.Comma))
                {
                    if (!StartsExpr(K) && K != TokenKind.Star) break;
                    elts.Add(ParseStarNamedExpression());
                }
                subject = Fin(new Tuple(elts) { Ctx = ExprContext.Load }, s0);
            }
            else if (first is Starred) subject = null;
            else subject = first;
        }
        catch (PyException) { subject = null; }
        _matchFailAt = subject is not null && K != TokenKind.Colon ? _p : -1;
        if (subject is null || K != TokenKind.Colon || PeekK(1) != TokenKind.Newline)
        {
            _p = save;
            return null;
        }
        Next(); // ':'
        Next(); // NEWLINE
        if (K != TokenKind.Indent)
            throw ErrorAtCur($"expected an indented block after 'match' statement on line {st.Line}", ExceptionTypes.IndentationError);
        Next();
        var cases = new List<MatchCase>();
        while (K != TokenKind.Dedent && K != TokenKind.EndMarker)
        {
            if (!IsName("case")) throw InvalidSyntax();
            var ct = Next();
            var pattern = ParsePatterns();
            Expr? guard = null;
            if (Accept(TokenKind.If)) guard = ParseNamedExpression();
            ExpectColon(false);
            var body = ParseBlock("'case' statement", ct.Line);
            cases.Add(new MatchCase(pattern, guard, body));
        }
        Accept(TokenKind.Dedent);
        if (cases.Count == 0) throw InvalidSyntax();
        return Fin(new Match(subject, cases), st);
    }

    /// <summary>patterns: an open sequence (`case a, *b:`) or one pattern.</summary>
    private Pattern ParsePatterns()
    {
        var st = Cur;
        var first = ParseMaybeStarPattern();
        if (K != TokenKind.Comma) return first is MatchStar ? Fin(new MatchSequence([first]), st) : first;
        var items = new List<Pattern> { first };
        while (Accept(TokenKind.Comma))
        {
            if (K is TokenKind.Colon or TokenKind.If) break;
            items.Add(ParseMaybeStarPattern());
        }
        return Fin(new MatchSequence(items), st);
    }

    private Pattern ParseMaybeStarPattern()
    {
        if (K != TokenKind.Star) return ParsePattern();
        var st = Next();
        var n = Cur;
        if (n.Kind != TokenKind.Name) throw InvalidSyntax();
        Next();
        return Fin(new MatchStar(n.Text == "_" ? null : n.Text), st);
    }

    /// <summary>pattern: or_pattern ['as' NAME].</summary>
    private Pattern ParsePattern()
    {
        EnterDepth();
        var st = Cur;
        var or = ParseOrPattern();
        if (K == TokenKind.As)
        {
            Next();
            var n = Cur;
            if (n.Kind != TokenKind.Name)
                throw n.IsKeyword ? InvalidSyntax() : Error("invalid pattern target", n);
            if (n.Text == "_") throw Error("cannot use '_' as a target", n);
            Next();
            if (K == TokenKind.Dot || K == TokenKind.LPar || K == TokenKind.LSqb)
                throw Error("invalid pattern target", n);
            or = Fin(new MatchAs(or, n.Text), st);
        }
        _depth--;
        return or;
    }

    private Pattern ParseOrPattern()
    {
        var st = Cur;
        var first = ParseClosedPattern();
        if (K != TokenKind.VBar) return first;
        var alts = new List<Pattern> { first };
        while (Accept(TokenKind.VBar)) alts.Add(ParseClosedPattern());
        return Fin(new MatchOr(alts), st);
    }

    private Pattern ParseClosedPattern()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
            {
                var v = ParseSignedNumberPattern(out _);
                return Span(new MatchValue(v), v, v);
            }
            case TokenKind.String:
            {
                var s = ParseStrings();
                if (s is JoinedStr) throw Error("patterns may only match literals and attribute lookups", s);
                return Span(new MatchValue(s), s, s);
            }
            case TokenKind.None: Next(); return Fin(new MatchSingleton(Py.None), t);
            case TokenKind.True: Next(); return Fin(new MatchSingleton(Py.True), t);
            case TokenKind.False: Next(); return Fin(new MatchSingleton(Py.False), t);
            case TokenKind.Name:
            {
                if (PeekK(1) is not (TokenKind.Dot or TokenKind.LPar))
                {
                    Next();
                    return Fin(new MatchAs(null, t.Text == "_" ? null : t.Text), t);
                }
                Expr e = Fin(new Name(t.Text!) { Ctx = ExprContext.Load }, Next());
                while (Accept(TokenKind.Dot))
                {
                    var n = Expect(TokenKind.Name);
                    e = Fin(new Attribute(e, n.Text!) { Ctx = ExprContext.Load }, e);
                }
                if (K == TokenKind.LPar) return ParseClassPattern(e);
                return Span(new MatchValue(e), e, e);
            }
            case TokenKind.LPar:
            {
                var open = Next();
                if (Accept(TokenKind.RPar)) return Fin(new MatchSequence([]), open);
                var first = ParseMaybeStarPattern();
                if (K == TokenKind.RPar && first is not MatchStar)
                {
                    Next();
                    return first; // group pattern: the parentheses are not part of the span
                }
                var items = new List<Pattern> { first };
                if (K != TokenKind.RPar) Expect(TokenKind.Comma);
                while (K != TokenKind.RPar)
                {
                    items.Add(ParseMaybeStarPattern());
                    if (!Accept(TokenKind.Comma)) break;
                }
                Expect(TokenKind.RPar);
                return Fin(new MatchSequence(items), open);
            }
            case TokenKind.LSqb:
            {
                var open = Next();
                var items = new List<Pattern>();
                while (K != TokenKind.RSqb)
                {
                    items.Add(ParseMaybeStarPattern());
                    if (!Accept(TokenKind.Comma)) break;
                }
                Expect(TokenKind.RSqb);
                return Fin(new MatchSequence(items), open);
            }
            case TokenKind.LBrace: return ParseMappingPattern();
            default: throw InvalidSyntax();
        }
    }

    /// <summary>signed_number, or a complex literal real ('+'|'-') imaginary.</summary>
    private Expr ParseSignedNumberPattern(out bool complex)
    {
        complex = false;
        var st = Cur;
        Expr v;
        if (K == TokenKind.Minus)
        {
            Next();
            var n = Expect(TokenKind.Number);
            v = Fin(new UnaryOp(UnaryOpKind.USub, Fin(new Constant(ParseNumber(n.Text!)), n)), st);
        }
        else
        {
            var n = Expect(TokenKind.Number);
            v = Fin(new Constant(ParseNumber(n.Text!)), n);
        }
        if (K is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Next().Kind == TokenKind.Plus ? OperatorKind.Add : OperatorKind.Sub;
            var n = Expect(TokenKind.Number);
            var right = Fin(new Constant(ParseNumber(n.Text!)), n);
            if (right.Value is not PyComplex) throw Error("imaginary number required in complex literal", right);
            var real = v is UnaryOp u ? u.Operand : v;
            if (real is Constant { Value: PyComplex }) throw Error("real number required in complex literal", v);
            v = Span(new BinOp(v, op, right), v, right);
            complex = true;
        }
        return v;
    }

    private Pattern ParseClassPattern(Expr cls)
    {
        Next(); // '('
        var patterns = new List<Pattern>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<Pattern>();
        while (K != TokenKind.RPar)
        {
            if (K == TokenKind.Name && PeekK(1) == TokenKind.Equal)
            {
                var n = Next();
                Next();
                kwdAttrs.Add(n.Text!);
                kwdPatterns.Add(ParsePattern());
            }
            else
            {
                var p = ParsePattern();
                if (kwdAttrs.Count > 0) throw Error("positional patterns follow keyword patterns", p);
                patterns.Add(p);
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RPar);
        return Fin(new MatchClass(cls, patterns, kwdAttrs, kwdPatterns), cls);
    }

    private Pattern ParseMappingPattern()
    {
        var open = Next();
        var keys = new List<Expr>();
        var patterns = new List<Pattern>();
        string? rest = null;
        while (K != TokenKind.RBrace)
        {
            if (K == TokenKind.DoubleStar)
            {
                Next();
                if (IsName("_")) throw InvalidSyntax();
                rest = Expect(TokenKind.Name).Text;
                Accept(TokenKind.Comma);
                break;
            }
            keys.Add(ParseMappingKey());
            Expect(TokenKind.Colon);
            patterns.Add(ParsePattern());
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RBrace);
        return Fin(new MatchMapping(keys, patterns, rest), open);
    }

    private Expr ParseMappingKey()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
                return ParseSignedNumberPattern(out _);
            case TokenKind.String:
            {
                var s = ParseStrings();
                if (s is JoinedStr) throw Error("patterns may only match literals and attribute lookups", s);
                return s;
            }
            case TokenKind.None: Next(); return Fin(new Constant(Py.None), t);
            case TokenKind.True: Next(); return Fin(new Constant(Py.True), t);
            case TokenKind.False: Next(); return Fin(new Constant(Py.False), t);
            case TokenKind.Name when PeekK(1) == TokenKind.Dot:
            {
                Expr e = Fin(new Name(t.Text!) { Ctx = ExprContext.Load }, Next());
                while (Accept(TokenKind.Dot))
                {
                    var n = Expect(TokenKind.Name);
                    e = Fin(new Attribute(e, n.Text!) { Ctx = ExprContext.Load }, e);
                }
                return e;
            }
            case TokenKind.Name:
                Next(); // a bare name is not a key; like CPython, the error is at what follows it
                throw InvalidSyntax();
            default: throw InvalidSyntax();
        }
    }
}
