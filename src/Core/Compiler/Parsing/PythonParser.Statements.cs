// Statement rules: simple statements, assignments, compound statements and blocks.
namespace GilRuntime.Core.Compiler.Parsing;

using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Compiler.Tokenizing;
using GilRuntime.Core.Objects;
using Tuple = GilRuntime.Core.Compiler.Ast.Tuple;
using Attribute = GilRuntime.Core.Compiler.Ast.Attribute;

internal sealed partial class PythonParser
{
    private void ParseStatementInto(List<Stmt> body)
    {
        EnterDepth();
        switch (K)
        {
            case TokenKind.If: body.Add(ParseIf()); break;
            case TokenKind.While: body.Add(ParseWhile()); break;
            case TokenKind.For: body.Add(ParseFor(Cur, false)); break;
            case TokenKind.Try: body.Add(ParseTry()); break;
            case TokenKind.With: body.Add(ParseWith(Cur, false)); break;
            case TokenKind.Def: body.Add(ParseFuncDef([], Cur)); break;
            case TokenKind.Class: body.Add(ParseClassDef([], Cur)); break;
            case TokenKind.At: body.Add(ParseDecorated()); break;
            case TokenKind.Async when PeekK(1) is TokenKind.Def or TokenKind.For or TokenKind.With:
            {
                var st = Next();
                body.Add(K switch
                {
                    TokenKind.Def => ParseFuncDef([], st),
                    TokenKind.For => ParseFor(st, true),
                    _ => ParseWith(st, true),
                });
                break;
            }
            case TokenKind.Name when Cur.Text == "match":
                if (TryParseMatch() is { } m) { body.Add(m); break; }
                int failAt = _matchFailAt;
                if (failAt < 0) { ParseSimpleStmts(body); break; }
                try { ParseSimpleStmts(body); }
                catch (PyException e) when (e.Value is PySyntaxError)
                {
                    _p = failAt;
                    if (K == TokenKind.Newline) throw ErrorAtCur("expected ':'");
                    throw InvalidSyntax();
                }
                break;
            case TokenKind.Indent: throw InvalidSyntax();
            case TokenKind.Async:
                Next();
                throw InvalidSyntax();
            default: ParseSimpleStmts(body); break;
        }
        _depth--;
    }

    private void ParseSimpleStmts(List<Stmt> body)
    {
        while (true)
        {
            body.Add(ParseSimpleStmt());
            if (K == TokenKind.Semi)
            {
                Next();
                if (K is TokenKind.Newline) break;
                continue;
            }
            break;
        }
        if (K != TokenKind.Newline) throw InvalidSyntax();
        Next();
    }

    private static bool StartsExpr(TokenKind k) => k switch
    {
        TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.LPar or TokenKind.LSqb
            or TokenKind.LBrace or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde or TokenKind.Not
            or TokenKind.Lambda or TokenKind.Await or TokenKind.None or TokenKind.True or TokenKind.False
            or TokenKind.Ellipsis => true,
        _ => false,
    };

    private Stmt ParseSimpleStmt()
    {
        var st = Cur;
        switch (K)
        {
            case TokenKind.Pass: Next(); return Fin(new Pass(), st);
            case TokenKind.Break: Next(); return Fin(new Break(), st);
            case TokenKind.Continue: Next(); return Fin(new Continue(), st);
            case TokenKind.Return:
            {
                Next();
                Expr? v = StartsExpr(K) || K == TokenKind.Star ? ParseStarExpressions() : null;
                return Fin(new Return(v), st);
            }
            case TokenKind.Raise:
            {
                Next();
                Expr? exc = null, cause = null;
                if (StartsExpr(K))
                {
                    exc = ParseExpression();
                    if (Accept(TokenKind.From)) cause = ParseExpression();
                }
                return Fin(new Raise(exc, cause), st);
            }
            case TokenKind.Global:
            case TokenKind.Nonlocal:
            {
                Next();
                var names = new List<string> { Expect(TokenKind.Name).Text! };
                while (Accept(TokenKind.Comma)) names.Add(Expect(TokenKind.Name).Text!);
                return st.Kind == TokenKind.Global ? Fin(new Global(names), st) : Fin(new Nonlocal(names), st);
            }
            case TokenKind.Del: return ParseDel();
            case TokenKind.Assert:
            {
                Next();
                var test = ParseExpression();
                Expr? msg = Accept(TokenKind.Comma) ? ParseExpression() : null;
                return Fin(new Assert(test, msg), st);
            }
            case TokenKind.Import: return ParseImport();
            case TokenKind.From: return ParseFromImport();
            default: return ParseExprOrAssign();
        }
    }

    private Stmt ParseDel()
    {
        var st = Next();
        var targets = new List<Expr>();
        while (true)
        {
            var e = ParseStarExpression();
            var bad = SetContext(e, ExprContext.Del);
            if (bad is not null) throw Error("cannot delete " + ExprName(bad), bad);
            targets.Add(e);
            if (!Accept(TokenKind.Comma)) break;
            if (!StartsExpr(K) && K != TokenKind.Star) break;
        }
        if (K is not (TokenKind.Newline or TokenKind.Semi))
        {
            // `del x + 1`: CPython names the whole expression.
            var more = ParseStarExpression();
            _ = more;
            throw InvalidSyntax();
        }
        return Fin(new Delete(targets), st);
    }

    private static bool IsAugAssign(TokenKind k, out OperatorKind op)
    {
        op = k switch
        {
            TokenKind.PlusEqual => OperatorKind.Add,
            TokenKind.MinEqual => OperatorKind.Sub,
            TokenKind.StarEqual => OperatorKind.Mult,
            TokenKind.AtEqual => OperatorKind.MatMult,
            TokenKind.SlashEqual => OperatorKind.Div,
            TokenKind.PercentEqual => OperatorKind.Mod,
            TokenKind.AmperEqual => OperatorKind.BitAnd,
            TokenKind.VBarEqual => OperatorKind.BitOr,
            TokenKind.CircumflexEqual => OperatorKind.BitXor,
            TokenKind.LeftShiftEqual => OperatorKind.LShift,
            TokenKind.RightShiftEqual => OperatorKind.RShift,
            TokenKind.DoubleStarEqual => OperatorKind.Pow,
            TokenKind.DoubleSlashEqual => OperatorKind.FloorDiv,
            _ => (OperatorKind)(-1),
        };
        return (int)op >= 0;
    }

    private Expr ParseYieldOrStarExpressions() => K == TokenKind.Yield ? ParseYieldExpr() : ParseStarExpressions();

    private Stmt ParseExprOrAssign()
    {
        var st = Cur;
        var first = ParseYieldOrStarExpressions();
        if (K == TokenKind.Equal)
        {
            var targets = new List<Expr> { first };
            var bareYield = new List<bool> { st.Kind == TokenKind.Yield };
            Expr value;
            TokenKind valueStart;
            while (true)
            {
                Next();
                valueStart = K;
                var rhs = ParseYieldOrStarExpressions();
                if (K == TokenKind.Equal) { targets.Add(rhs); bareYield.Add(valueStart == TokenKind.Yield); continue; }
                value = rhs;
                break;
            }
            for (int i = 0; i < targets.Count; i++)
            {
                var t = targets[i];
                if (bareYield[i]) throw Error("assignment to yield expression not possible", t);
                var bad = SetContext(t, ExprContext.Store);
                if (bad is null) continue;
                if (i == 0 && targets.Count == 1 && IsBitwiseOrLevel(t, st)
                    && valueStart is not (TokenKind.Yield or TokenKind.Star or TokenKind.Lambda or TokenKind.Not))
                    throw Error($"cannot assign to {ExprName(t)} here. Maybe you meant '==' instead of '='?", t);
                throw Error("cannot assign to " + ExprName(bad), bad);
            }
            return Fin(new Assign(targets, value), st);
        }
        // An unparenthesized yield is no expression the annotation and augmented-assignment rules
        // (or their error rules) accept as a target: CPython's parser just fails there.
        if (st.Kind == TokenKind.Yield && (K == TokenKind.Colon || IsAugAssign(K, out _))) throw InvalidSyntax();
        if (K == TokenKind.Colon)
        {
            int simple = 0;
            switch (first)
            {
                case Name n:
                    simple = st.Kind == TokenKind.Name ? 1 : 0;
                    n.Ctx = ExprContext.Store;
                    break;
                case Attribute a: a.Ctx = ExprContext.Store; break;
                case Subscript s: s.Ctx = ExprContext.Store; break;
                case Tuple tu:
                    if (tu.Elts.Count > 0 && tu.ColOffset == tu.Elts[0].ColOffset && tu.Lineno == tu.Elts[0].Lineno)
                        throw Error("only single target (not tuple) can be annotated", tu.Elts[0]);
                    throw Error("only single target (not tuple) can be annotated", tu);
                case List li: throw Error("only single target (not list) can be annotated", li);
                default: throw Error("illegal target for annotation", first);
            }
            Next();
            var ann = ParseExpression();
            Expr? val = null;
            if (Accept(TokenKind.Equal)) val = ParseYieldOrStarExpressions();
            return Fin(new AnnAssign(first, ann, val, simple != 0), st);
        }
        if (IsAugAssign(K, out var op))
        {
            if (first is Name or Attribute or Subscript) SetContext(first, ExprContext.Store);
            else throw Error($"'{ExprName(first)}' is an illegal expression for augmented assignment", first);
            Next();
            var val = ParseYieldOrStarExpressions();
            return Fin(new AugAssign(first, op, val), st);
        }
        if (K is not (TokenKind.Newline or TokenKind.Semi or TokenKind.EndMarker))
        {
            if (first is Name { Id: "print" or "exec" } pn && (StartsExpr(K) || K == TokenKind.Star)
                && K is not (TokenKind.LPar or TokenKind.LSqb))
            {
                var save = _p;
                try
                {
                    var rest = ParseStarExpressions();
                    throw Error($"Missing parentheses in call to '{pn.Id}'. Did you mean {pn.Id}(...)?", pn, rest);
                }
                catch (PyException e) when (e.Value is PySyntaxError se && !se.Msg.StartsWith("Missing", StringComparison.Ordinal))
                {
                    _p = save;
                }
            }
            throw InvalidSyntax();
        }
        return Fin(new ExprStmt(first), st);
    }

    /// <summary>Whether <paramref name="e"/>, which starts at token <paramref name="st"/>, is a bitwise_or
    /// in CPython's grammar (anything parenthesized is an atom, hence one).</summary>
    private static bool IsBitwiseOrLevel(Expr e, in Token st) =>
        st.Kind == TokenKind.LPar && (e.Lineno != st.Line || e.ColOffset != st.Col) || IsBitwiseOrLevel(e);

    private static bool IsBitwiseOrLevel(Expr e) => e switch
    {
        Compare or BoolOp or IfExp or Lambda or NamedExpr or Starred or Yield or YieldFrom => false,
        UnaryOp u => u.Op != UnaryOpKind.Not,
        Tuple or List or GeneratorExp => false,
        Constant c => !(c.Value is PyBool || c.Value is PyNone),
        _ => true,
    };

    // ---- imports ------------------------------------------------------------------------------

    private string ParseDottedName()
    {
        var name = Expect(TokenKind.Name).Text!;
        if (K != TokenKind.Dot) return name;
        var sb = new System.Text.StringBuilder(name);
        while (Accept(TokenKind.Dot)) sb.Append('.').Append(Expect(TokenKind.Name).Text);
        return sb.ToString();
    }

    private Stmt ParseImport()
    {
        var st = Next();
        var names = new List<Alias>();
        do
        {
            var a = Cur;
            var name = ParseDottedName();
            string? asName = Accept(TokenKind.As) ? Expect(TokenKind.Name).Text : null;
            names.Add(Fin(new Alias(name, asName), a));
        } while (Accept(TokenKind.Comma));
        return Fin(new Import(names), st);
    }

    private Stmt ParseFromImport()
    {
        var st = Next();
        int level = 0;
        while (true)
        {
            if (Accept(TokenKind.Dot)) level++;
            else if (Accept(TokenKind.Ellipsis)) level += 3;
            else break;
        }
        string? module = null;
        if (level == 0 || K == TokenKind.Name) module = ParseDottedName();
        Expect(TokenKind.Import);
        var names = new List<Alias>();
        if (K == TokenKind.Star)
        {
            var s = Next();
            names.Add(Fin(new Alias("*", null), s));
            return Fin(new ImportFrom(module, names, level), st);
        }
        bool paren = Accept(TokenKind.LPar);
        while (true)
        {
            var a = Expect(TokenKind.Name);
            string? asName = Accept(TokenKind.As) ? Expect(TokenKind.Name).Text : null;
            names.Add(Fin(new Alias(a.Text!, asName), a));
            if (!Accept(TokenKind.Comma)) break;
            if (paren && K == TokenKind.RPar) break;
            if (!paren && K != TokenKind.Name)
                throw ErrorAtCur("trailing comma not allowed without surrounding parentheses");
        }
        if (paren) Expect(TokenKind.RPar);
        return Fin(new ImportFrom(module, names, level), st);
    }

    // ---- compound statements ------------------------------------------------------------------

    /// <summary>The ':' of a compound statement header. CPython says "expected ':'" for any other token
    /// after def, try, finally and else (<paramref name="forced"/>), but elsewhere only when the line
    /// ends there; otherwise it is "invalid syntax".</summary>
    private void ExpectColon(bool forced)
    {
        if (K == TokenKind.Colon) { Next(); return; }
        if (forced || K == TokenKind.Newline) throw ErrorAtCur("expected ':'");
        throw InvalidSyntax();
    }

    /// <summary>':' after the test of if/elif/while: `if x = 1:` gets CPython's hint.</summary>
    private void ExpectColonAfterTest(Expr test)
    {
        if (K == TokenKind.Equal && test is not (Tuple or List or GeneratorExp))
        {
            var save = _p;
            Next();
            if (StartsExpr(K))
            {
                var rhs = ParseBitwiseOr();
                if (K is not (TokenKind.Equal or TokenKind.ColonEqual))
                {
                    if (test is Name)
                        throw Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", test, rhs);
                    if (IsBitwiseOrLevel(test))
                        throw Error($"cannot assign to {ExprName(test)} here. Maybe you meant '==' instead of '='?", test);
                }
            }
            _p = save;
        }
        ExpectColon(false);
    }

    private List<Stmt> ParseBlock(string what, int line)
    {
        if (K == TokenKind.Newline)
        {
            Next();
            if (K != TokenKind.Indent)
            {
                var t = Cur;
                throw ErrorAtCur($"expected an indented block after {what} on line {line}", ExceptionTypes.IndentationError);
            }
            Next();
            var body = new List<Stmt>();
            do ParseStatementInto(body);
            while (K != TokenKind.Dedent && K != TokenKind.EndMarker);
            Accept(TokenKind.Dedent);
            return body;
        }
        var simple = new List<Stmt>();
        ParseSimpleStmts(simple);
        return simple;
    }

    private static Stmt Last(List<Stmt> body) => body[^1];

    private Stmt ParseIf()
    {
        var st = Next();
        string kw = st.Kind == TokenKind.Elif ? "'elif' statement" : "'if' statement";
        var test = ParseNamedExpression();
        ExpectColonAfterTest(test);
        var body = ParseBlock(kw, st.Line);
        var orelse = new List<Stmt>();
        if (K == TokenKind.Elif) orelse.Add(ParseIf());
        else if (K == TokenKind.Else)
        {
            var e = Next();
            ExpectColon(true);
            orelse = ParseBlock("'else' statement", e.Line);
        }
        return Fin(new If(test, body, orelse), st);
    }

    private Stmt ParseWhile()
    {
        var st = Next();
        var test = ParseNamedExpression();
        ExpectColonAfterTest(test);
        var body = ParseBlock("'while' statement", st.Line);
        var orelse = ParseElse();
        return Fin(new While(test, body, orelse), st);
    }

    private List<Stmt> ParseElse()
    {
        if (K != TokenKind.Else) return [];
        var e = Next();
        ExpectColon(true);
        return ParseBlock("'else' statement", e.Line);
    }

    private Stmt ParseFor(Token st, bool isAsync)
    {
        var forTok = Next();
        var target = ParseForTarget();
        var iter = ParseStarExpressions();
        ExpectColon(false);
        var body = ParseBlock("'for' statement", forTok.Line);
        var orelse = ParseElse();
        return Fin(new For(target, iter, body, orelse, isAsync), st);
    }

    /// <summary>star_targets 'in' of a for statement or comprehension; consumes the 'in'.</summary>
    private Expr ParseForTarget()
    {
        int save = _p;
        Expr? target = null;
        Expr? bad = null;
        try
        {
            target = ParseStarTargets();
            bad = SetContext(target, ExprContext.Store);
        }
        catch (PyException) { target = null; }
        if (target is not null && bad is null && K == TokenKind.In)
        {
            Next();
            return target;
        }
        // Diagnose like CPython's invalid_for_target: parse what is there as expressions.
        int failAt = _p;
        _p = save;
        Expr? all = null;
        try { all = ParseStarExpressions(); }
        catch (PyException) { }
        if (all is not null)
        {
            var inv = InvalidTarget(all, TargetsKind.For);
            if (inv is not null) throw Error("cannot assign to " + ExprName(inv), inv);
        }
        _p = failAt;
        if (target is not null && bad is not null) throw Error("cannot assign to " + ExprName(bad), bad);
        throw InvalidSyntax();
    }

    private Stmt ParseWith(Token st, bool isAsync)
    {
        var withTok = Next();
        var items = new List<WithItem>();
        bool done = false;
        if (K == TokenKind.LPar)
        {
            int save = _p;
            try
            {
                Next();
                _level++;
                while (true)
                {
                    items.Add(ParseWithItem());
                    if (!Accept(TokenKind.Comma)) break;
                    if (K == TokenKind.RPar) break;
                }
                _level--;
                if (K == TokenKind.RPar && PeekK(1) == TokenKind.Colon) { Next(); done = true; }
            }
            catch (PyException) { }
            if (!done)
            {
                _p = save;
                _level = 0;
                items.Clear();
            }
        }
        if (!done)
        {
            do items.Add(ParseWithItem());
            while (Accept(TokenKind.Comma));
        }
        ExpectColon(false);
        var body = ParseBlock("'with' statement", withTok.Line);
        return Fin(new With(items, body, isAsync), st);
    }

    private WithItem ParseWithItem()
    {
        var e = ParseExpression();
        Expr? target = null;
        if (Accept(TokenKind.As))
        {
            target = ParseStarTarget();
            var bad = SetContext(target, ExprContext.Store);
            if (bad is not null) throw Error("cannot assign to " + ExprName(bad), bad);
            if (K is not (TokenKind.Comma or TokenKind.RPar or TokenKind.Colon)) throw InvalidSyntax();
        }
        return new WithItem(e, target);
    }

    private Stmt ParseTry()
    {
        var st = Next();
        ExpectColon(true);
        var body = ParseBlock("'try' statement", st.Line);
        var handlers = new List<ExceptHandler>();
        bool? star = null;
        while (K == TokenKind.Except)
        {
            var h = Next();
            bool isStar = Accept(TokenKind.Star);
            if (star is null) star = isStar;
            else if (star != isStar) throw Error("cannot have both 'except' and 'except*' on the same 'try'", h.Line, h.Col,
                h.Line, isStar ? Cur.Col : h.EndCol);
            Expr? type = null;
            string? name = null;
            if (K != TokenKind.Colon)
            {
                var ts = Cur;
                type = ParseExpression();
                if (K == TokenKind.Comma)
                {
                    var elts = new List<Expr> { type };
                    while (Accept(TokenKind.Comma)) { if (K is TokenKind.Colon or TokenKind.As) break; elts.Add(ParseExpression()); }
                    throw Error("multiple exception types must be parenthesized", type, elts[^1]);
                }
                _ = ts;
                if (Accept(TokenKind.As))
                {
                    var nt = Cur;
                    if (nt.Kind != TokenKind.Name) throw InvalidSyntax();
                    Next();
                    name = nt.Text;
                }
            }
            else if (isStar) throw Error("expected one or more exception types", Cur);
            ExpectColon(false);
            var hb = ParseBlock(isStar ? "'except*' statement" : "'except' statement", h.Line);
            handlers.Add(Fin(new ExceptHandler(type, name, hb), h));
        }
        var orelse = handlers.Count > 0 ? ParseElse() : [];
        var final = new List<Stmt>();
        if (K == TokenKind.Finally)
        {
            var f = Next();
            ExpectColon(true);
            final = ParseBlock("'finally' statement", f.Line);
        }
        if (handlers.Count == 0 && final.Count == 0)
            throw ErrorAtCur("expected 'except' or 'finally' block");
        var last = final.Count > 0 ? Last(final) : orelse.Count > 0 ? Last(orelse) : (Node)handlers[^1];
        return Fin(new Try(body, handlers, orelse, final, star == true), st);
    }

    private Stmt ParseDecorated()
    {
        var decos = new List<Expr>();
        while (K == TokenKind.At)
        {
            Next();
            decos.Add(ParseNamedExpression());
            Expect(TokenKind.Newline);
        }
        var st = Cur;
        if (K == TokenKind.Def) return ParseFuncDef(decos, st);
        if (K == TokenKind.Class) return ParseClassDef(decos, st);
        if (K == TokenKind.Async && PeekK(1) == TokenKind.Def) { Next(); return ParseFuncDef(decos, st); }
        throw InvalidSyntax();
    }

    private Stmt ParseFuncDef(List<Expr> decos, Token st)
    {
        bool isAsync = st.Kind == TokenKind.Async;
        var defTok = Next();
        var name = Expect(TokenKind.Name).Text!;
        if (K != TokenKind.LPar) throw Error("expected '('", Cur);
        Next();
        _level++;
        var args = ParseParameters(false, TokenKind.RPar);
        _level--;
        Expect(TokenKind.RPar);
        Expr? returns = null;
        if (Accept(TokenKind.RArrow)) returns = ParseExpression();
        ExpectColon(true);
        var body = ParseBlock("function definition", defTok.Line);
        return Fin(new FunctionDef(name, args, body, decos, returns, isAsync), st);
    }

    private Stmt ParseClassDef(List<Expr> decos, Token st)
    {
        var classTok = Next();
        var name = Expect(TokenKind.Name).Text!;
        var bases = new List<Expr>();
        var kws = new List<Keyword>();
        if (K == TokenKind.LPar)
        {
            Next();
            ParseCallArguments(bases, kws, out _, allowGenexp: false);
            Expect(TokenKind.RPar);
        }
        ExpectColon(false);
        var body = ParseBlock("class definition", classTok.Line);
        return Fin(new ClassDef(name, bases, kws, body, decos), st);
    }

    /// <summary>Parameters of a def (annotations allowed) or lambda, up to (not including) <paramref name="close"/>.</summary>
    private Arguments ParseParameters(bool isLambda, TokenKind close)
    {
        var posOnly = new List<Arg>();
        var args = new List<Arg>();
        var defaults = new List<Expr>();
        var kwOnly = new List<Arg>();
        var kwDefaults = new List<Expr?>();
        Arg? varArg = null, kwArg = null;
        bool seenDefault = false, seenStar = false, seenSlash = false;
        while (K != close)
        {
            if (K == TokenKind.Slash)
            {
                var s = Cur;
                if (seenSlash) throw Error("/ may appear only once", s);
                if (seenStar) throw Error("/ must be ahead of *", s);
                if (args.Count == 0) throw Error("at least one argument must precede /", s);
                Next();
                posOnly.AddRange(args);
                args.Clear();
                seenSlash = true;
            }
            else if (K == TokenKind.Star)
            {
                var s = Next();
                if (seenStar) throw Error("* argument may appear only once", s);
                seenStar = true;
                if (K == TokenKind.Comma || K == close)
                {
                    if (K == close || PeekK(1) == close || PeekK(1) == TokenKind.DoubleStar)
                    {
                        if (!isLambda) throw Error("named arguments must follow bare *", s);
                        if (K == TokenKind.Comma) Next();
                        throw ErrorAtCur("named arguments must follow bare *");
                    }
                }
                else
                {
                    varArg = ParseParam(isLambda, true);
                    if (K == TokenKind.Equal) throw ErrorAtCur("var-positional argument cannot have default value");
                }
            }
            else if (K == TokenKind.DoubleStar)
            {
                Next();
                kwArg = ParseParam(isLambda, false);
                if (K == TokenKind.Equal) throw Error("var-keyword argument cannot have default value", Cur);
                if (Accept(TokenKind.Comma) && K != close)
                    throw Error("arguments cannot follow var-keyword argument", Cur);
                break;
            }
            else
            {
                var a = ParseParam(isLambda, false);
                Expr? def = null;
                if (Accept(TokenKind.Equal)) def = ParseExpression();
                if (seenStar)
                {
                    kwOnly.Add(a);
                    kwDefaults.Add(def);
                }
                else
                {
                    if (def is not null) { defaults.Add(def); seenDefault = true; }
                    else if (seenDefault) throw Error("non-default argument follows default argument", a);
                    args.Add(a);
                }
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        if (K != close) throw InvalidSyntax();
        return new Arguments(posOnly, args, varArg, kwOnly, kwDefaults, kwArg, defaults);
    }

    private Arg ParseParam(bool isLambda, bool isVarArg)
    {
        var t = Cur;
        if (t.Kind != TokenKind.Name) throw InvalidSyntax();
        Next();
        Expr? ann = null;
        if (!isLambda && Accept(TokenKind.Colon))
            ann = isVarArg && K == TokenKind.Star ? ParseStarExpression() : ParseExpression();
        return Fin(new Arg(t.Text!, ann), t);
    }
}
