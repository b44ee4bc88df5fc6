// Expressions: loads and stores, calls (PUSH_NULL / LOAD_METHOD / KW_NAMES / CALL_FUNCTION_EX),
// displays with star-unpacking, comparisons and conditional jumps, comprehensions, yield and await.
namespace GilRuntime.Core.Compiler.CodeGen;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Compiler.Symbols;
using GilRuntime.Core.Objects;

public sealed partial class CodeGenerator
{
    private void VisitExpr(Expr e)
    {
        var saved = _u.Loc;
        e = _folder.Fold(e);
        SetLoc(e);
        VisitExpr1(e);
        _u.Loc = saved;
    }

    private void VisitExpr1(Expr e)
    {
        switch (e)
        {
            case NamedExpr ne:
                VisitExpr(ne.Value);
                Emit(OpCode.COPY, 1);
                VisitExpr(ne.Target);
                break;
            case BoolOp b:
            {
                var end = _u.NewBlock();
                var op = b.Op == BoolOpKind.And ? (int)OpCode.JUMP_IF_FALSE_OR_POP : (int)OpCode.JUMP_IF_TRUE_OR_POP;
                for (int i = 0; i < b.Values.Count - 1; i++)
                {
                    VisitExpr(b.Values[i]);
                    EmitJump(op, end);
                }
                VisitExpr(b.Values[^1]);
                UseNext(end);
                break;
            }
            case BinOp bo:
                VisitExpr(bo.Left);
                VisitExpr(bo.Right);
                Emit(OpCode.BINARY_OP, (int)bo.Op);
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                Emit(u.Op switch
                {
                    UnaryOpKind.Invert => OpCode.UNARY_INVERT,
                    UnaryOpKind.Not => OpCode.UNARY_NOT,
                    UnaryOpKind.UAdd => OpCode.UNARY_POSITIVE,
                    _ => OpCode.UNARY_NEGATIVE,
                });
                break;
            case Lambda l: CompileLambda(l); break;
            case IfExp ie:
            {
                var end = _u.NewBlock();
                var next = _u.NewBlock();
                JumpIf(ie.Test, next, false);
                VisitExpr(ie.Body);
                EmitJumpNoLine(Pseudo.Jump, end);
                UseNext(next);
                VisitExpr(ie.OrElse);
                UseNext(end);
                break;
            }
            case Dict d: CompileDict(d); break;
            case Set s: StarUnpack(s.Elts, 0, OpCode.BUILD_SET, OpCode.SET_ADD, OpCode.SET_UPDATE, false); break;
            case GeneratorExp g: CompileComprehension(g, "<genexpr>", g.Generators, g.Elt, null, 0); break;
            case ListComp lc: CompileComprehension(lc, "<listcomp>", lc.Generators, lc.Elt, null, 1); break;
            case SetComp sc: CompileComprehension(sc, "<setcomp>", sc.Generators, sc.Elt, null, 2); break;
            case DictComp dc: CompileComprehension(dc, "<dictcomp>", dc.Generators, dc.Key, dc.Value, 3); break;
            case Yield y:
                if (_u.Scope.Kind != BlockKind.Function) throw Error("'yield' outside function", y);
                if (y.Value is not null) VisitExpr(y.Value); else LoadConst(Py.None);
                AddYield();
                break;
            case YieldFrom yf:
                if (_u.Scope.Kind != BlockKind.Function) throw Error("'yield' outside function", yf);
                if (_u.Kind == UnitKind.AsyncFunction) throw Error("'yield from' inside async function", yf);
                VisitExpr(yf.Value);
                Emit(OpCode.GET_YIELD_FROM_ITER);
                LoadConst(Py.None);
                AddYieldFrom(false);
                break;
            case Await aw:
                if (_u.Scope.Kind != BlockKind.Function) throw Error("'await' outside function", aw);
                if (_u.Kind != UnitKind.AsyncFunction && _u.Kind != UnitKind.Comprehension)
                    throw Error("'await' outside async function", aw);
                VisitExpr(aw.Value);
                Emit(OpCode.GET_AWAITABLE, 0);
                LoadConst(Py.None);
                AddYieldFrom(true);
                break;
            case Compare c: CompileCompare(c); break;
            case Call call: CompileCall(call); break;
            case JoinedStr js:
                if (js.Values.Count > StackUseGuideline)
                {
                    LoadConst(PyStr.Empty);
                    EmitNameRaw(OpCode.LOAD_METHOD, "join");
                    Emit(OpCode.BUILD_LIST, 0);
                    foreach (var v in js.Values) { VisitExpr(v); Emit(OpCode.LIST_APPEND, 1); }
                    Emit(OpCode.CALL, 1);
                }
                else
                {
                    foreach (var v in js.Values) VisitExpr(v);
                    if (js.Values.Count != 1) Emit(OpCode.BUILD_STRING, js.Values.Count);
                }
                break;
            case FormattedValue fv:
            {
                VisitExpr(fv.Value);
                var oparg = fv.Conversion switch { 's' => 1, 'r' => 2, 'a' => 3, _ => 0 };
                if (fv.FormatSpec is not null) { VisitExpr(fv.FormatSpec); oparg |= 4; }
                Emit(OpCode.FORMAT_VALUE, oparg);
                break;
            }
            case Constant k: LoadConst(k.Value); break;
            case Attribute a:
                VisitExpr(a.Value);
                MatchAttrLocation(a);
                if (a.Ctx == ExprContext.Store) ForbiddenName(a.Attr, a.Ctx); // `del x.__debug__` is allowed
                switch (a.Ctx)
                {
                    case ExprContext.Load: EmitName(OpCode.LOAD_ATTR, a.Attr); break;
                    case ExprContext.Store: EmitName(OpCode.STORE_ATTR, a.Attr); break;
                    default: EmitName(OpCode.DELETE_ATTR, a.Attr); break;
                }
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                SetLoc(sub);
                Emit(sub.Ctx switch
                {
                    ExprContext.Load => OpCode.BINARY_SUBSCR,
                    ExprContext.Store => OpCode.STORE_SUBSCR,
                    _ => OpCode.DELETE_SUBSCR,
                });
                break;
            case Starred st:
                if (st.Ctx == ExprContext.Store) throw Error("starred assignment target must be in a list or tuple", st);
                throw Error("can't use starred expression here", st);
            case Slice sl:
            {
                var n = 2;
                if (sl.Lower is not null) VisitExpr(sl.Lower); else LoadConst(Py.None);
                if (sl.Upper is not null) VisitExpr(sl.Upper); else LoadConst(Py.None);
                if (sl.Step is not null) { n++; VisitExpr(sl.Step); }
                Emit(OpCode.BUILD_SLICE, n);
                break;
            }
            case Name n: NameOp(n.Id, n.Ctx); break;
            case List l:
                if (l.Ctx == ExprContext.Store) AssignmentHelper(l.Elts);
                else if (l.Ctx == ExprContext.Del) foreach (var x in l.Elts) VisitExpr(x);
                else StarUnpack(l.Elts, 0, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, false);
                break;
            case Tuple t:
                if (t.Ctx == ExprContext.Store) AssignmentHelper(t.Elts);
                else if (t.Ctx == ExprContext.Del) foreach (var x in t.Elts) VisitExpr(x);
                else StarUnpack(t.Elts, 0, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, true);
                break;
            default: throw Error("unsupported expression", e);
        }
    }

    /// <summary>For an attribute whose name is on a later line than where the current location starts,
    /// move the start to the name (CPython: update_start_location_to_match_attr).</summary>
    private void MatchAttrLocation(Attribute a)
    {
        var l = _u.Loc;
        if (l.Line == a.EndLineno) return;
        var line = a.EndLineno;
        int col = l.Col, endCol = l.EndCol;
        var len = a.Attr.Length;
        if (len <= a.EndColOffset) col = a.EndColOffset - len;
        else { col = -1; endCol = -1; }
        var endLine = Math.Max(line, l.EndLine);
        if (line == endLine) endCol = Math.Max(col, endCol);
        _u.Loc = new Loc(line, endLine, col, endCol);
    }

    private void AddYield()
    {
        if (_u.Scope.IsGenerator && _u.Scope.IsCoroutine) Emit(OpCode.ASYNC_GEN_WRAP);
        Emit(OpCode.YIELD_VALUE);
        Emit(OpCode.RESUME, 1);
    }

    /// <summary>The 3.11 delegation loop: SEND to exit; YIELD_VALUE; RESUME; JUMP_BACKWARD_NO_INTERRUPT.</summary>
    private void AddYieldFrom(bool isAwait)
    {
        var start = _u.NewBlock();
        var resume = _u.NewBlock();
        var exit = _u.NewBlock();
        UseNext(start);
        EmitJump((int)OpCode.SEND, exit);
        UseNext(resume);
        Emit(OpCode.YIELD_VALUE);
        Emit(OpCode.RESUME, isAwait ? 3 : 2);
        EmitJump(Pseudo.JumpNoInterrupt, start);
        UseNext(exit);
    }

    // ---- conditional jumps -------------------------------------------------------------------------

    private void JumpIf(Expr e, BasicBlock next, bool cond)
    {
        e = _folder.Fold(e);
        switch (e)
        {
            case UnaryOp { Op: UnaryOpKind.Not } u:
                JumpIf(u.Operand, next, !cond);
                return;
            case BoolOp b:
            {
                var cond2 = b.Op == BoolOpKind.Or;
                var next2 = next;
                if (cond2 != cond) next2 = _u.NewBlock();
                for (int i = 0; i < b.Values.Count - 1; i++) JumpIf(b.Values[i], next2, cond2);
                JumpIf(b.Values[^1], next, cond);
                if (next2 != next) UseNext(next2);
                return;
            }
            case IfExp ie:
            {
                var end = _u.NewBlock();
                var next2 = _u.NewBlock();
                JumpIf(ie.Test, next2, false);
                JumpIf(ie.Body, next, cond);
                EmitJumpNoLine(Pseudo.Jump, end);
                UseNext(next2);
                JumpIf(ie.OrElse, next, cond);
                UseNext(end);
                return;
            }
            case Compare c0:
                // as CPython 3.11, the comparison's location stays current after the test
                SetLoc(c0);
                if (c0.Ops.Count > 1) goto chained;
                break;
        }
        goto general;
    chained:
        {
            {
                var c = (Compare)e;
                var n = c.Ops.Count - 1;
                var cleanup = _u.NewBlock();
                VisitExpr(c.Left);
                for (int i = 0; i < n; i++)
                {
                    VisitExpr(Comparator(c, i));
                    Emit(OpCode.SWAP, 2);
                    Emit(OpCode.COPY, 2);
                    EmitCompare(c.Ops[i]);
                    EmitJump(Pseudo.PopJumpIfFalse, cleanup);
                }
                VisitExpr(Comparator(c, n));
                EmitCompare(c.Ops[n]);
                EmitJump(cond ? Pseudo.PopJumpIfTrue : Pseudo.PopJumpIfFalse, next);
                var end = _u.NewBlock();
                EmitJumpNoLine(Pseudo.Jump, end);
                UseNext(cleanup);
                Emit(OpCode.POP_TOP);
                if (!cond) EmitJumpNoLine(Pseudo.Jump, next);
                UseNext(end);
                return;
            }
        }
    general:
        VisitExpr(e);
        EmitJump(cond ? Pseudo.PopJumpIfTrue : Pseudo.PopJumpIfFalse, next);
    }

    private void EmitCompare(CmpOpKind op)
    {
        switch (op)
        {
            case CmpOpKind.Is: Emit(OpCode.IS_OP, 0); break;
            case CmpOpKind.IsNot: Emit(OpCode.IS_OP, 1); break;
            case CmpOpKind.In: Emit(OpCode.CONTAINS_OP, 0); break;
            case CmpOpKind.NotIn: Emit(OpCode.CONTAINS_OP, 1); break;
            case CmpOpKind.Lt: Emit(OpCode.COMPARE_OP, 0); break;
            case CmpOpKind.LtE: Emit(OpCode.COMPARE_OP, 1); break;
            case CmpOpKind.Eq: Emit(OpCode.COMPARE_OP, 2); break;
            case CmpOpKind.NotEq: Emit(OpCode.COMPARE_OP, 3); break;
            case CmpOpKind.Gt: Emit(OpCode.COMPARE_OP, 4); break;
            case CmpOpKind.GtE: Emit(OpCode.COMPARE_OP, 5); break;
        }
    }

    private void CompileCompare(Compare c)
    {
        VisitExpr(c.Left);
        var n = c.Ops.Count - 1;
        if (n == 0)
        {
            VisitExpr(Comparator(c, 0));
            EmitCompare(c.Ops[0]);
            return;
        }
        var cleanup = _u.NewBlock();
        for (int i = 0; i < n; i++)
        {
            VisitExpr(Comparator(c, i));
            Emit(OpCode.SWAP, 2);
            Emit(OpCode.COPY, 2);
            EmitCompare(c.Ops[i]);
            EmitJump((int)OpCode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        VisitExpr(Comparator(c, n));
        EmitCompare(c.Ops[n]);
        var end = _u.NewBlock();
        EmitJumpNoLine(Pseudo.Jump, end);
        UseNext(cleanup);
        Emit(OpCode.SWAP, 2);
        Emit(OpCode.POP_TOP);
        UseNext(end);
    }

    // ---- calls -------------------------------------------------------------------------------------

    private void CompileCall(Call e)
    {
        if (TryMethodCall(e)) return;
        SetLoc(e.Func);
        Emit(OpCode.PUSH_NULL);
        SetLoc(e);
        VisitExpr(e.Func);
        CallHelper(0, e.Args, e.Keywords);
    }

    private bool TryMethodCall(Call e)
    {
        if (e.Func is not Attribute { Ctx: ExprContext.Load } meth) return false;
        // 3.11: no LOAD_METHOD on a module-level imported name (CPython: is_import_originated)
        if (meth.Value is Name mod && (_st.Top.FlagsOf(mod.Id) & SymbolFlags.DefImport) != 0) return false;
        var argsl = e.Args.Count;
        var kwdsl = e.Keywords.Count;
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= StackUseGuideline) return false;
        foreach (var a in e.Args) if (a is Starred) return false;
        foreach (var k in e.Keywords) if (k.ArgName is null) return false;
        ValidateKeywords(e.Keywords);
        var callLoc = _u.Loc;
        VisitExpr(meth.Value);
        SetLoc(meth);
        MatchAttrLocation(meth);
        EmitName(OpCode.LOAD_METHOD, meth.Attr);
        foreach (var a in e.Args) VisitExpr(a);
        if (kwdsl > 0)
        {
            foreach (var k in e.Keywords) VisitExpr(k.Value);
            KwNames(e.Keywords);
        }
        SetLoc(e);
        MatchAttrLocation(meth);
        Emit(OpCode.CALL, argsl + kwdsl);
        _u.Loc = callLoc;
        return true;
    }

    private void ValidateKeywords(List<Keyword> keywords)
    {
        for (int i = 0; i < keywords.Count; i++)
        {
            var k = keywords[i];
            if (k.ArgName is null) continue;
            ForbiddenName(k.ArgName, ExprContext.Store);
            for (int j = i + 1; j < keywords.Count; j++)
                if (keywords[j].ArgName == k.ArgName)
                    throw Error($"keyword argument repeated: {k.ArgName}", keywords[j]);
        }
    }

    private void KwNames(List<Keyword> keywords)
    {
        var names = new PyObject[keywords.Count];
        for (int i = 0; i < names.Length; i++) names[i] = PyStr.From(keywords[i].ArgName!);
        Emit(OpCode.KW_NAMES, ConstIndex(new PyTuple(names)));
    }

    private void CallHelper(int n, List<Expr> args, List<Keyword> keywords)
    {
        ValidateKeywords(keywords);
        var nelts = args.Count;
        var nkwelts = keywords.Count;
        var simple = nelts + nkwelts * 2 <= StackUseGuideline;
        foreach (var a in args) if (a is Starred) simple = false;
        foreach (var k in keywords) if (k.ArgName is null) simple = false;
        if (simple)
        {
            foreach (var a in args) VisitExpr(a);
            if (nkwelts > 0)
            {
                foreach (var k in keywords) VisitExpr(k.Value);
                KwNames(keywords);
            }
            Emit(OpCode.CALL, n + nelts + nkwelts);
            return;
        }
        if (n == 0 && nelts == 1 && args[0] is Starred only) VisitExpr(only.Value);
        else StarUnpack(args, n, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, true);
        if (nkwelts > 0)
        {
            var haveDict = false;
            var nseen = 0;
            for (int i = 0; i < nkwelts; i++)
            {
                var kw = keywords[i];
                if (kw.ArgName is null)
                {
                    if (nseen > 0)
                    {
                        SubKwargs(keywords, i - nseen, i);
                        if (haveDict) Emit(OpCode.DICT_MERGE, 1);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) { Emit(OpCode.BUILD_MAP, 0); haveDict = true; }
                    VisitExpr(kw.Value);
                    Emit(OpCode.DICT_MERGE, 1);
                }
                else nseen++;
            }
            if (nseen > 0)
            {
                SubKwargs(keywords, nkwelts - nseen, nkwelts);
                if (haveDict) Emit(OpCode.DICT_MERGE, 1);
            }
        }
        Emit(OpCode.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }

    private void SubKwargs(List<Keyword> keywords, int begin, int end)
    {
        var n = end - begin;
        var big = n * 2 > StackUseGuideline;
        if (n > 1 && !big)
        {
            var keys = new PyObject[n];
            for (int i = begin; i < end; i++)
            {
                VisitExpr(keywords[i].Value);
                keys[i - begin] = PyStr.From(keywords[i].ArgName!);
            }
            LoadConst(new PyTuple(keys));
            Emit(OpCode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) _u.EmitNoLine((int)OpCode.BUILD_MAP, 0);
        for (int i = begin; i < end; i++)
        {
            LoadConst(PyStr.From(keywords[i].ArgName!));
            VisitExpr(keywords[i].Value);
            if (big) _u.EmitNoLine((int)OpCode.MAP_ADD, 1);
        }
        if (!big) Emit(OpCode.BUILD_MAP, n);
    }

    // ---- displays ----------------------------------------------------------------------------------

    private bool AllConst(List<Expr> elts, int begin, int end)
    {
        for (int i = begin; i < end; i++) if (_folder.Fold(elts[i]) is not Constant) return false;
        return true;
    }

    /// <summary>The i-th comparator, with a literal list/set after a final in/not in made constant.</summary>
    private Expr Comparator(Compare c, int i)
    {
        var x = c.Comparators[i];
        if (i == c.Comparators.Count - 1 && c.Ops[^1] is CmpOpKind.In or CmpOpKind.NotIn) return _folder.FoldIter(x);
        return x;
    }

    private void StarUnpack(List<Expr> elts, int pushed, OpCode build, OpCode add, OpCode extend, bool tuple)
    {
        var n = elts.Count;
        if (n > 2 && AllConst(elts, 0, n))
        {
            var items = new PyObject[n];
            for (int i = 0; i < n; i++) items[i] = ((Constant)_folder.Fold(elts[i])).Value;
            if (tuple && pushed == 0) LoadConst(new PyTuple(items));
            else
            {
                PyObject folded = new PyTuple(items);
                if (add == OpCode.SET_ADD)
                {
                    var fs = new PyFrozenSet();
                    foreach (var it in items) fs.Add(it);
                    folded = fs;
                }
                Emit(build, pushed);
                LoadConst(folded);
                Emit(extend, 1);
                if (tuple) Emit(OpCode.LIST_TO_TUPLE);
            }
            return;
        }
        var big = n + pushed > StackUseGuideline;
        var seenStar = false;
        foreach (var x in elts) if (x is Starred) seenStar = true;
        if (!seenStar && !big)
        {
            foreach (var x in elts) VisitExpr(x);
            Emit(tuple ? OpCode.BUILD_TUPLE : build, n + pushed);
            return;
        }
        var built = false;
        if (big) { Emit(build, pushed); built = true; }
        for (int i = 0; i < n; i++)
        {
            var x = elts[i];
            if (x is Starred st)
            {
                if (!built) { Emit(build, i + pushed); built = true; }
                VisitExpr(st.Value);
                Emit(extend, 1);
            }
            else
            {
                VisitExpr(x);
                if (built) Emit(add, 1);
            }
        }
        if (tuple) Emit(OpCode.LIST_TO_TUPLE);
    }

    private void CompileDict(Dict d)
    {
        var n = d.Values.Count;
        var haveDict = false;
        var elements = 0;
        for (int i = 0; i < n; i++)
        {
            if (d.Keys[i] is null)
            {
                if (elements > 0)
                {
                    SubDict(d, i - elements, i);
                    if (haveDict) Emit(OpCode.DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) { Emit(OpCode.BUILD_MAP, 0); haveDict = true; }
                VisitExpr(d.Values[i]);
                Emit(OpCode.DICT_UPDATE, 1);
            }
            else if (elements * 2 > StackUseGuideline)
            {
                SubDict(d, i - elements, i + 1);
                if (haveDict) Emit(OpCode.DICT_UPDATE, 1);
                haveDict = true;
                elements = 0;
            }
            else elements++;
        }
        if (elements > 0)
        {
            SubDict(d, n - elements, n);
            if (haveDict) Emit(OpCode.DICT_UPDATE, 1);
            haveDict = true;
        }
        if (!haveDict) Emit(OpCode.BUILD_MAP, 0);
    }

    private void SubDict(Dict d, int begin, int end)
    {
        var n = end - begin;
        var big = n * 2 > StackUseGuideline;
        var allConst = true;
        for (int i = begin; i < end; i++) if (_folder.Fold(d.Keys[i]!) is not Constant) allConst = false;
        if (n > 1 && !big && allConst)
        {
            var keys = new PyObject[n];
            for (int i = begin; i < end; i++)
            {
                VisitExpr(d.Values[i]);
                keys[i - begin] = ((Constant)_folder.Fold(d.Keys[i]!)).Value;
            }
            LoadConst(new PyTuple(keys));
            Emit(OpCode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) Emit(OpCode.BUILD_MAP, 0);
        for (int i = begin; i < end; i++)
        {
            VisitExpr(d.Keys[i]!);
            VisitExpr(d.Values[i]);
            if (big) Emit(OpCode.MAP_ADD, 1);
        }
        if (!big) Emit(OpCode.BUILD_MAP, n);
    }

    // ---- assignment targets ------------------------------------------------------------------------

    private void UnpackHelper(List<Expr> elts)
    {
        var n = elts.Count;
        var seenStar = false;
        for (int i = 0; i < n; i++)
        {
            if (elts[i] is Starred)
            {
                if (seenStar) throw Error("multiple starred expressions in assignment");
                if (i >= 256 || n - i - 1 >= (int.MaxValue >> 8))
                    throw Error("too many expressions in star-unpacking assignment");
                Emit(OpCode.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) Emit(OpCode.UNPACK_SEQUENCE, n);
    }

    private void AssignmentHelper(List<Expr> elts)
    {
        UnpackHelper(elts);
        foreach (var x in elts) VisitExpr(x is Starred st ? st.Value : x);
    }

    // ---- comprehensions ----------------------------------------------------------------------------

    /// <summary>kind: 0 genexpr, 1 list, 2 set, 3 dict.</summary>
    private void CompileComprehension(Expr e, string name, List<Comprehension> generators, Expr elt, Expr? val, int kind)
    {
        var outermost = generators[0];
        var outerKind = _u.Kind;
        EnterScope(name, UnitKind.Comprehension, e, e.Lineno);
        var isAsyncGenerator = _u.Scope.IsCoroutine;
        if (isAsyncGenerator && kind != 0 && outerKind != UnitKind.AsyncFunction && outerKind != UnitKind.Comprehension)
            throw Error("asynchronous comprehension outside of an asynchronous function", e);
        SetLoc(e);
        if (kind != 0) Emit(kind switch { 1 => OpCode.BUILD_LIST, 2 => OpCode.BUILD_SET, _ => OpCode.BUILD_MAP }, 0);
        ComprehensionGenerator(generators, 0, 0, elt, val, kind);
        if (kind != 0) Emit(OpCode.RETURN_VALUE);
        var co = Assemble(addNone: true);
        ExitScope();
        MakeClosure(co, 0);
        VisitExpr(_folder.FoldIter(outermost.Iter));
        SetLoc(e);
        Emit(outermost.IsAsync ? OpCode.GET_AITER : OpCode.GET_ITER);
        Emit(OpCode.CALL, 0);
        if (isAsyncGenerator && kind != 0)
        {
            Emit(OpCode.GET_AWAITABLE, 0);
            LoadConst(Py.None);
            AddYieldFrom(true);
        }
    }

    private void ComprehensionGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr? val, int kind)
    {
        if (gens[index].IsAsync) AsyncComprehensionGenerator(gens, index, depth, elt, val, kind);
        else SyncComprehensionGenerator(gens, index, depth, elt, val, kind);
    }

    private void ComprehensionElement(Expr elt, Expr? val, int kind, int depth)
    {
        switch (kind)
        {
            case 0:
                VisitExpr(elt);
                AddYield();
                Emit(OpCode.POP_TOP);
                break;
            case 1: VisitExpr(elt); Emit(OpCode.LIST_APPEND, depth + 1); break;
            case 2: VisitExpr(elt); Emit(OpCode.SET_ADD, depth + 1); break;
            default:
                VisitExpr(elt);
                VisitExpr(val!);
                Emit(OpCode.MAP_ADD, depth + 1);
                break;
        }
    }

    private void SyncComprehensionGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr? val, int kind)
    {
        BasicBlock? start = _u.NewBlock();
        var ifCleanup = _u.NewBlock();
        var anchor = _u.NewBlock();
        var gen = gens[index];
        if (index == 0)
        {
            _u.ArgCount = 1;
            Emit(OpCode.LOAD_FAST, 0);
        }
        else
        {
            var iter = _folder.FoldIter(gen.Iter);
            List<Expr>? elts = iter switch { List l => l.Elts, Tuple t => t.Elts, _ => null };
            if (elts is { Count: 1 } && elts[0] is not Starred)
            {
                VisitExpr(elts[0]);
                start = null;
            }
            if (start is not null)
            {
                VisitExpr(iter);
                Emit(OpCode.GET_ITER);
            }
        }
        if (start is not null)
        {
            depth++;
            UseNext(start);
            EmitJump((int)OpCode.FOR_ITER, anchor);
        }
        VisitExpr(gen.Target);
        foreach (var cond in gen.Ifs) JumpIf(cond, ifCleanup, false);
        if (++index < gens.Count) ComprehensionGenerator(gens, index, depth, elt, val, kind);
        else ComprehensionElement(elt, val, kind, depth);
        UseNext(ifCleanup);
        if (start is not null)
        {
            EmitJump(Pseudo.Jump, start);
            UseNext(anchor);
        }
    }

    private void AsyncComprehensionGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr? val, int kind)
    {
        var start = _u.NewBlock();
        var except = _u.NewBlock();
        var ifCleanup = _u.NewBlock();
        var gen = gens[index];
        if (index == 0)
        {
            _u.ArgCount = 1;
            Emit(OpCode.LOAD_FAST, 0);
        }
        else
        {
            VisitExpr(gen.Iter);
            Emit(OpCode.GET_AITER);
        }
        UseNext(start);
        PushFBlock(FBlockKind.AsyncComprehensionGenerator, start, null);
        EmitJump(Pseudo.SetupFinally, except);
        Emit(OpCode.GET_ANEXT);
        LoadConst(Py.None);
        AddYieldFrom(true);
        _u.Emit(Pseudo.PopBlock);
        VisitExpr(gen.Target);
        foreach (var cond in gen.Ifs) JumpIf(cond, ifCleanup, false);
        depth++;
        if (++index < gens.Count) ComprehensionGenerator(gens, index, depth, elt, val, kind);
        else ComprehensionElement(elt, val, kind, depth);
        UseNext(ifCleanup);
        EmitJump(Pseudo.Jump, start);
        PopFBlock();
        UseNext(except);
        Emit(OpCode.END_ASYNC_FOR);
    }
}
