// Expression rules, from star_expressions down to atoms (precedence climbing by one method per level).
namespace GilRuntime.Core.Compiler.Parsing;

using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Compiler.Tokenizing;
using GilRuntime.Core.Objects;
using Tuple = GilRuntime.Core.Compiler.Ast.Tuple;
using Attribute = GilRuntime.Core.Compiler.Ast.Attribute;
using Set = GilRuntime.Core.Compiler.Ast.Set;

internal sealed partial class PythonParser
{
    /// <summary>star_expressions: a tuple when there is a comma.</summary>
    private Expr ParseStarExpressions()
    {
        var st = Cur;
        var first = ParseStarExpression();
        if (K != TokenKind.Comma) return first;
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpr(K) && K != TokenKind.Star) break;
            elts.Add(ParseStarExpression());
        }
        return Fin(new Tuple(elts) { Ctx = ExprContext.Load }, st);
    }

    private Expr ParseStarExpression()
    {
        if (K != TokenKind.Star) return ParseExpression();
        var st = Next();
        var v = ParseBitwiseOr();
        return Fin(new Starred(v) { Ctx = ExprContext.Load }, st);
    }

    private Expr ParseStarNamedExpression()
    {
        if (K != TokenKind.Star) return ParseNamedExpression();
        var st = Next();
        var v = ParseBitwiseOr();
        return Fin(new Starred(v) { Ctx = ExprContext.Load }, st);
    }

    private Expr ParseNamedExpression(bool checkAssign = true)
    {
        if (K == TokenKind.Name && PeekK(1) == TokenKind.ColonEqual)
        {
            var nt = Next();
            var target = Fin(new Name(nt.Text!) { Ctx = ExprContext.Store }, nt);
            Next();
            var value = ParseExpression();
            return Fin(new NamedExpr(target, value), nt);
        }
        var st = Cur;
        var e = ParseExpression();
        if (K == TokenKind.ColonEqual)
        {
            string what = ExprName(e);
            throw Error($"cannot use assignment expressions with {what}", e);
        }
        if (K == TokenKind.Equal && _level > 0 && checkAssign) CheckNamedAssign(e, st);
        return e;
    }

    /// <summary>CPython's invalid_named_expression: `(a = 1)` inside brackets.</summary>
    private void CheckNamedAssign(Expr e, in Token st)
    {
        if (e is not Name && !IsBitwiseOrLevel(e, st)) return;
        int save = _p;
        Next();
        Expr? rhs = null;
        if (StartsExpr(K) && K is not (TokenKind.Not or TokenKind.Lambda))
        {
            try { rhs = ParseBitwiseOr(); }
            catch (PyException) { rhs = null; }
        }
        bool fire = rhs is not null && K is not (TokenKind.Equal or TokenKind.ColonEqual);
        _p = save;
        if (!fire) return;
        if (e is Name) throw Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, rhs!);
        throw Error($"cannot assign to {ExprName(e)} here. Maybe you meant '==' instead of '='?", e);
    }

    private Expr ParseExpression()
    {
        EnterDepth();
        Expr result;
        if (K == TokenKind.Lambda) result = ParseLambda();
        else
        {
            var est = Cur;
            var body = ParseDisjunction();
            if (K == TokenKind.If)
            {
                Next();
                var test = ParseDisjunction();
                if (K != TokenKind.Else)
                {
                    if (K != TokenKind.Colon) throw Error("expected 'else' after 'if' expression", body, test);
                    throw InvalidSyntax();
                }
                Next();
                var orelse = ParseExpression();
                result = Fin(new IfExp(test, body, orelse), est);
            }
            else result = body;
            if (_level > 0 && StartsExpr(K) && K is not (TokenKind.LPar or TokenKind.LSqb or TokenKind.Minus or TokenKind.Plus))
                CheckForgotComma(result);
        }
        _depth--;
        return result;
    }

    /// <summary>CPython's invalid_expression: two expressions side by side inside brackets.</summary>
    private void CheckForgotComma(Expr a)
    {
        if (a is Name { Id: "match" or "case" or "_" or "type" }) return;
        if (a is Name && K == TokenKind.String) return;
        int save = _p;
        Expr? b = null;
        try { b = ParseExpressionNoCheck(); }
        catch (PyException) { }
        _p = save;
        if (b is not null) throw Error("invalid syntax. Perhaps you forgot a comma?", a, b);
    }

    private Expr ParseExpressionNoCheck()
    {
        int lvl = _level;
        _level = 0;
        try { return ParseExpression(); }
        finally { _level = lvl; }
    }

    private Expr ParseDisjunction()
    {
        var st = Cur;
        var first = ParseConjunction();
        if (K != TokenKind.Or) return first;
        var values = new List<Expr> { first };
        while (Accept(TokenKind.Or)) values.Add(ParseConjunction());
        return Fin(new BoolOp(BoolOpKind.Or, values), st);
    }

    private Expr ParseConjunction()
    {
        var st = Cur;
        var first = ParseInversion();
        if (K != TokenKind.And) return first;
        var values = new List<Expr> { first };
        while (Accept(TokenKind.And)) values.Add(ParseInversion());
        return Fin(new BoolOp(BoolOpKind.And, values), st);
    }

    private Expr ParseInversion()
    {
        if (K != TokenKind.Not) return ParseComparison();
        var st = Next();
        EnterDepth();
        var operand = ParseInversion();
        _depth--;
        return Fin(new UnaryOp(UnaryOpKind.Not, operand), st);
    }

    private bool IsCompareOp(out CmpOpKind op, out int width)
    {
        width = 1;
        switch (K)
        {
            case TokenKind.EqEqual: op = CmpOpKind.Eq; return true;
            case TokenKind.NotEqual: op = CmpOpKind.NotEq; return true;
            case TokenKind.Less: op = CmpOpKind.Lt; return true;
            case TokenKind.LessEqual: op = CmpOpKind.LtE; return true;
            case TokenKind.Greater: op = CmpOpKind.Gt; return true;
            case TokenKind.GreaterEqual: op = CmpOpKind.GtE; return true;
            case TokenKind.In: op = CmpOpKind.In; return true;
            case TokenKind.Is:
                if (PeekK(1) == TokenKind.Not) { op = CmpOpKind.IsNot; width = 2; }
                else op = CmpOpKind.Is;
                return true;
            case TokenKind.Not when PeekK(1) == TokenKind.In: op = CmpOpKind.NotIn; width = 2; return true;
            default: op = default; return false;
        }
    }

    private Expr ParseComparison()
    {
        var st = Cur;
        var first = ParseBitwiseOr();
        if (!IsCompareOp(out var op, out int w)) return first;
        var ops = new List<CmpOpKind>();
        var comps = new List<Expr>();
        do
        {
            _p += w;
            ops.Add(op);
            comps.Add(ParseBitwiseOr());
        } while (IsCompareOp(out op, out w));
        return Fin(new Compare(first, ops, comps), st);
    }

    private Expr ParseBitwiseOr()
    {
        var st = Cur;
        var left = ParseBitwiseXor();
        while (K == TokenKind.VBar)
        {
            Next();
            var right = ParseBitwiseXor();
            left = Fin(new BinOp(left, OperatorKind.BitOr, right), st);
        }
        return left;
    }

    private Expr ParseBitwiseXor()
    {
        var st = Cur;
        var left = ParseBitwiseAnd();
        while (K == TokenKind.Circumflex)
        {
            Next();
            var right = ParseBitwiseAnd();
            left = Fin(new BinOp(left, OperatorKind.BitXor, right), st);
        }
        return left;
    }

    private Expr ParseBitwiseAnd()
    {
        var st = Cur;
        var left = ParseShift();
        while (K == TokenKind.Amper)
        {
            Next();
            var right = ParseShift();
            left = Fin(new BinOp(left, OperatorKind.BitAnd, right), st);
        }
        return left;
    }

    private Expr ParseShift()
    {
        var st = Cur;
        var left = ParseSum();
        while (K is TokenKind.LeftShift or TokenKind.RightShift)
        {
            var op = Next().Kind == TokenKind.LeftShift ? OperatorKind.LShift : OperatorKind.RShift;
            var right = ParseSum();
            left = Fin(new BinOp(left, op, right), st);
        }
        return left;
    }

    private Expr ParseSum()
    {
        var st = Cur;
        var left = ParseTerm();
        while (K is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Next().Kind == TokenKind.Plus ? OperatorKind.Add : OperatorKind.Sub;
            var right = ParseTerm();
            left = Fin(new BinOp(left, op, right), st);
        }
        return left;
    }

    private Expr ParseTerm()
    {
        var st = Cur;
        var left = ParseFactor();
        while (true)
        {
            OperatorKind op;
            switch (K)
            {
                case TokenKind.Star: op = OperatorKind.Mult; break;
                case TokenKind.Slash: op = OperatorKind.Div; break;
                case TokenKind.DoubleSlash: op = OperatorKind.FloorDiv; break;
                case TokenKind.Percent: op = OperatorKind.Mod; break;
                case TokenKind.At: op = OperatorKind.MatMult; break;
                default: return left;
            }
            Next();
            var right = ParseFactor();
            left = Fin(new BinOp(left, op, right), st);
        }
    }

    private Expr ParseFactor()
    {
        UnaryOpKind op;
        switch (K)
        {
            case TokenKind.Plus: op = UnaryOpKind.UAdd; break;
            case TokenKind.Minus: op = UnaryOpKind.USub; break;
            case TokenKind.Tilde: op = UnaryOpKind.Invert; break;
            default: return ParsePower();
        }
        var st = Next();
        EnterDepth();
        var operand = ParseFactor();
        _depth--;
        return Fin(new UnaryOp(op, operand), st);
    }

    private Expr ParsePower()
    {
        var pst = Cur;
        Expr left;
        if (K == TokenKind.Await)
        {
            var st = Next();
            var v = ParsePrimary();
            left = Fin(new Await(v), st);
        }
        else left = ParsePrimary();
        if (K != TokenKind.DoubleStar) return left;
        Next();
        var right = ParseFactor();
        return Fin(new BinOp(left, OperatorKind.Pow, right), pst);
    }

    private Expr ParsePrimary()
    {
        var st = Cur;
        var e = ParseAtom();
        while (true)
        {
            switch (K)
            {
                case TokenKind.Dot:
                {
                    Next();
                    var n = Cur;
                    if (n.Kind != TokenKind.Name) throw InvalidSyntax();
                    Next();
                    e = Fin(new Attribute(e, n.Text!) { Ctx = ExprContext.Load }, st);
                    break;
                }
                case TokenKind.LPar:
                    e = ParseCall(e, st);
                    break;
                case TokenKind.LSqb:
                    e = ParseSubscript(e, st);
                    break;
                default:
                    return e;
            }
        }
    }

    private Expr ParseCall(Expr func, Token st)
    {
        var open = Next();
        var args = new List<Expr>();
        var kws = new List<Keyword>();
        ParseCallArguments(args, kws, out var genexpStart, open);
        Expect(TokenKind.RPar);
        if (genexpStart is not null)
        {
            // f(x for x in y): the generator expression spans the call's parentheses.
            var g = args[0];
            g.Lineno = open.Line; g.ColOffset = open.Col;
            g.EndLineno = Prev.EndLine; g.EndColOffset = Prev.EndCol;
        }
        return Fin(new Call(func, args, kws), st);
    }

    /// <summary>Call arguments (also class bases), after '(' and up to (not including) ')'.</summary>
    private void ParseCallArguments(List<Expr> args, List<Keyword> kws, out Expr? genexp, Token open = default,
        bool allowGenexp = true)
    {
        genexp = null;
        _level++;
        bool seenKw = false, seenDoubleStar = false;
        string? pending = null;
        while (K != TokenKind.RPar)
        {
            var st = Cur;
            if (K == TokenKind.Star)
            {
                Next();
                var v = ParseExpression();
                var s = Fin(new Starred(v) { Ctx = ExprContext.Load }, st);
                if (seenDoubleStar) throw Error("iterable argument unpacking follows keyword argument unpacking", st);
                // f(*a for a in b) reads as f followed by the genexp (*a for a in b): invalid_comprehension.
                if (allowGenexp && args.Count == 0 && kws.Count == 0 && AtCompFor)
                    throw Error("iterable unpacking cannot be used in comprehension", s);
                args.Add(s);
            }
            else if (K == TokenKind.DoubleStar)
            {
                Next();
                var v = ParseExpression();
                kws.Add(Fin(new Keyword(null, v), st));
                seenDoubleStar = true;
            }
            else if (K == TokenKind.Name && PeekK(1) == TokenKind.Equal)
            {
                Next(); Next();
                var v = ParseExpression();
                kws.Add(Fin(new Keyword(st.Text, v), st));
                seenKw = true;
            }
            else
            {
                var e = ParseNamedExpression(checkAssign: false);
                if (K == TokenKind.Equal)
                {
                    var eq = Cur;
                    if (e is Constant { Value: PyBool or PyNone } c)
                        throw Error("cannot assign to " + ExprName(c), e.Lineno, e.ColOffset, eq.EndLine, eq.EndCol);
                    throw Error("expression cannot contain assignment, perhaps you meant \"==\"?", e.Lineno, e.ColOffset, eq.EndLine, eq.EndCol);
                }
                if (K == TokenKind.For || (K == TokenKind.Async && PeekK(1) == TokenKind.For))
                {
                    if (!allowGenexp) throw InvalidSyntax();
                    var gens = ParseComprehensions();
                    var g = Fin(new GeneratorExp(e, gens), st);
                    if (args.Count != 0 || kws.Count != 0 || K != TokenKind.RPar)
                    {
                        if (K == TokenKind.Comma && PeekK(1) == TokenKind.RPar && args.Count == 0 && kws.Count == 0)
                            throw Error("Generator expression must be parenthesized", g);
                        throw Error("Generator expression must be parenthesized", g);
                    }
                    args.Add(g);
                    genexp = g;
                    break;
                }
                if (seenDoubleStar) pending ??= "positional argument follows keyword argument unpacking";
                else if (seenKw) pending ??= "positional argument follows keyword argument";
                args.Add(e);
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        if (pending is not null) throw ErrorAtCur(pending);
        _level--;
        if (K != TokenKind.RPar) throw InvalidSyntax();
    }

    private Expr ParseSubscript(Expr value, Token vst)
    {
        Next();
        _level++;
        var st = Cur;
        var first = ParseSlice();
        Expr slice = first;
        if (K == TokenKind.Comma)
        {
            var elts = new List<Expr> { first };
            while (Accept(TokenKind.Comma))
            {
                if (K == TokenKind.RSqb) break;
                elts.Add(ParseSlice());
            }
            slice = Fin(new Tuple(elts) { Ctx = ExprContext.Load }, st);
        }
        else if (first is Starred)
        {
            // a[*b] is a[(*b,)]
            slice = Fin(new Tuple([first]) { Ctx = ExprContext.Load }, st);
        }
        _level--;
        Expect(TokenKind.RSqb);
        return Fin(new Subscript(value, slice) { Ctx = ExprContext.Load }, vst);
    }

    private Expr ParseSlice()
    {
        var st = Cur;
        if (K == TokenKind.Star)
        {
            Next();
            var v = ParseExpression();
            return Fin(new Starred(v) { Ctx = ExprContext.Load }, st);
        }
        Expr? lower = null;
        if (K != TokenKind.Colon)
        {
            lower = ParseNamedExpression();
            if (K != TokenKind.Colon) return lower;
        }
        Next();
        Expr? upper = null, step = null;
        if (K is not (TokenKind.Colon or TokenKind.Comma or TokenKind.RSqb)) upper = ParseExpression();
        if (Accept(TokenKind.Colon))
        {
            if (K is not (TokenKind.Comma or TokenKind.RSqb)) step = ParseExpression();
        }
        return Fin(new Slice(lower, upper, step), st);
    }

    private Expr ParseLambda()
    {
        var st = Next();
        var args = K == TokenKind.Colon ? Arguments.Empty() : ParseParameters(true, TokenKind.Colon);
        Expect(TokenKind.Colon);
        var body = ParseExpression();
        return Fin(new Lambda(args, body), st);
    }

    private Expr ParseYieldExpr()
    {
        var st = Next();
        if (Accept(TokenKind.From))
        {
            var v = ParseExpression();
            return Fin(new YieldFrom(v), st);
        }
        Expr? value = StartsExpr(K) || K == TokenKind.Star ? ParseStarExpressions() : null;
        return Fin(new Yield(value), st);
    }

    private List<Comprehension> ParseComprehensions()
    {
        var gens = new List<Comprehension>();
        while (K == TokenKind.For || (K == TokenKind.Async && PeekK(1) == TokenKind.For))
        {
            bool isAsync = Accept(TokenKind.Async);
            Next();
            var target = ParseForTarget();
            var iter = ParseDisjunction();
            var ifs = new List<Expr>();
            while (K == TokenKind.If)
            {
                Next();
                ifs.Add(ParseDisjunction());
            }
            gens.Add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    private bool AtCompFor => K == TokenKind.For || (K == TokenKind.Async && PeekK(1) == TokenKind.For);

    // ---- atoms --------------------------------------------------------------------------------

    private Expr ParseAtom()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Name: Next(); return Fin(new Name(t.Text!) { Ctx = ExprContext.Load }, t);
            case TokenKind.Number: Next(); return Fin(new Constant(ParseNumber(t.Text!)), t);
            case TokenKind.String: return ParseStrings();
            case TokenKind.None: Next(); return Fin(new Constant(Py.None), t);
            case TokenKind.True: Next(); return Fin(new Constant(Py.True), t);
            case TokenKind.False: Next(); return Fin(new Constant(Py.False), t);
            case TokenKind.Ellipsis: Next(); return Fin(new Constant(Py.Ellipsis), t);
            case TokenKind.LPar: return ParseParen();
            case TokenKind.LSqb: return ParseListDisplay();
            case TokenKind.LBrace: return ParseBraceDisplay();
            default: throw InvalidSyntax();
        }
    }

    private Expr ParseParen()
    {
        var open = Next();
        _level++;
        try
        {
            if (K == TokenKind.RPar)
            {
                Next();
                return Fin(new Tuple([]) { Ctx = ExprContext.Load }, open);
            }
            if (K == TokenKind.Yield)
            {
                var y = ParseYieldExpr();
                Expect(TokenKind.RPar);
                return y;
            }
            var first = ParseStarNamedExpression();
            if (AtCompFor)
            {
                if (first is Starred) throw Error("iterable unpacking cannot be used in comprehension", first);
                var gens = ParseComprehensions();
                Expect(TokenKind.RPar);
                return Fin(new GeneratorExp(first, gens), open);
            }
            if (K == TokenKind.RPar)
            {
                Next();
                if (first is Starred) throw Error("cannot use starred expression here", first);
                return first;
            }
            if (K != TokenKind.Comma) throw InvalidSyntax();
            var elts = new List<Expr> { first };
            while (Accept(TokenKind.Comma))
            {
                if (K == TokenKind.RPar) break;
                elts.Add(ParseStarNamedExpression());
            }
            Expect(TokenKind.RPar);
            return Fin(new Tuple(elts) { Ctx = ExprContext.Load }, open);
        }
        finally { _level--; }
    }

    private Expr ParseListDisplay()
    {
        var open = Next();
        _level++;
        try
        {
            var elts = new List<Expr>();
            if (K == TokenKind.RSqb)
            {
                Next();
                return Fin(new List(elts) { Ctx = ExprContext.Load }, open);
            }
            var first = ParseStarNamedExpression();
            if (AtCompFor)
            {
                if (first is Starred) throw Error("iterable unpacking cannot be used in comprehension", first);
                var gens = ParseComprehensions();
                Expect(TokenKind.RSqb);
                return Fin(new ListComp(first, gens), open);
            }
            elts.Add(first);
            while (Accept(TokenKind.Comma))
            {
                if (K == TokenKind.RSqb) break;
                elts.Add(ParseStarNamedExpression());
            }
            Expect(TokenKind.RSqb);
            return Fin(new List(elts) { Ctx = ExprContext.Load }, open);
        }
        finally { _level--; }
    }

    private Expr ParseBraceDisplay()
    {
        var open = Next();
        _level++;
        try
        {
            if (K == TokenKind.RBrace)
            {
                Next();
                return Fin(new Dict([], []), open);
            }
            if (K == TokenKind.DoubleStar)
            {
                // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
                int save = _p, level = _level;
                var stars = Next();
                bool isComp = false;
                try
                {
                    ParseBitwiseOr();
                    if (AtCompFor)
                    {
                        ParseComprehensions();
                        isComp = K == TokenKind.RBrace;
                    }
                }
                catch (PyException) { }
                if (isComp) throw Error("dict unpacking cannot be used in dict comprehension", stars);
                _p = save;
                _level = level;
                return ParseDictRest(open, [], []);
            }
            bool bareWalrus = K == TokenKind.Name && PeekK(1) == TokenKind.ColonEqual;
            var first = ParseStarNamedExpression();
            if (K == TokenKind.Colon && first is not Starred)
            {
                if (bareWalrus) throw InvalidSyntax();
                Next();
                var v = ParseExpression();
                if (AtCompFor)
                {
                    var gens = ParseComprehensions();
                    Expect(TokenKind.RBrace);
                    return Fin(new DictComp(first, v, gens), open);
                }
                return ParseDictRest(open, [first], [v]);
            }
            if (AtCompFor)
            {
                if (first is Starred) throw Error("iterable unpacking cannot be used in comprehension", first);
                var gens = ParseComprehensions();
                Expect(TokenKind.RBrace);
                return Fin(new SetComp(first, gens), open);
            }
            var elts = new List<Expr> { first };
            while (Accept(TokenKind.Comma))
            {
                if (K == TokenKind.RBrace) break;
                elts.Add(ParseStarNamedExpression());
            }
            Expect(TokenKind.RBrace);
            return Fin(new Set(elts), open);
        }
        finally { _level--; }
    }

    private Expr ParseDictRest(Token open, List<Expr?> keys, List<Expr> values)
    {
        if (keys.Count > 0)
        {
            if (!Accept(TokenKind.Comma))
            {
                Expect(TokenKind.RBrace);
                return Fin(new Dict(keys, values), open);
            }
        }
        while (K != TokenKind.RBrace)
        {
            if (Accept(TokenKind.DoubleStar))
            {
                keys.Add(null);
                values.Add(ParseBitwiseOr());
            }
            else
            {
                var k = ParseExpression();
                if (K != TokenKind.Colon)
                {
                    if (K is TokenKind.Comma or TokenKind.RBrace)
                        throw ErrorAt("':' expected after dictionary key", k.Lineno, k.ColOffset + 1, k.EndLineno, 0);
                    throw InvalidSyntax();
                }
                Next();
                keys.Add(k);
                values.Add(ParseExpression());
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RBrace);
        return Fin(new Dict(keys, values), open);
    }

    // ---- targets ------------------------------------------------------------------------------

    /// <summary>star_targets without consuming a following 'in' (for loops, comprehensions).</summary>
    private Expr ParseStarTargets()
    {
        var st = Cur;
        var first = ParseStarTarget();
        if (K != TokenKind.Comma) return first;
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (K is not (TokenKind.Name or TokenKind.LPar or TokenKind.LSqb or TokenKind.Star)) break;
            elts.Add(ParseStarTarget());
        }
        return Fin(new Tuple(elts) { Ctx = ExprContext.Store }, st);
    }

    private Expr ParseStarTarget()
    {
        if (K == TokenKind.Star)
        {
            var st = Next();
            if (K == TokenKind.Star) throw InvalidSyntax();
            var v = ParseStarTarget();
            return Fin(new Starred(v) { Ctx = ExprContext.Store }, st);
        }
        return ParsePrimary();
    }
}
