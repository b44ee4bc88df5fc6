// Statements: assignment forms, control flow, loops, try/except/finally, with, imports, raise, assert.
namespace GilRuntime.Core.Compiler.CodeGen;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Compiler.Symbols;
using GilRuntime.Core.Objects;

public sealed partial class CodeGenerator
{
    private void VisitStmts(List<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitStmt(Stmt s)
    {
        SetLoc(s);
        switch (s)
        {
            case FunctionDef f: CompileFunction(f); break;
            case ClassDef c: CompileClass(c); break;
            case Return r: CompileReturn(r); break;
            case Delete d: foreach (var t in d.Targets) VisitExpr(t); break;
            case Assign a:
                VisitExpr(a.Value);
                for (int i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1) Emit(OpCode.COPY, 1);
                    VisitExpr(a.Targets[i]);
                }
                break;
            case AugAssign aug: CompileAugAssign(aug); break;
            case AnnAssign an: CompileAnnAssign(an); break;
            case For f when f.IsAsync: CompileAsyncFor(f); break;
            case For f: CompileFor(f); break;
            case While w: CompileWhile(w); break;
            case If i: CompileIf(i); break;
            case Raise r:
            {
                var n = 0;
                if (r.Exc is not null)
                {
                    VisitExpr(r.Exc); n++;
                    if (r.Cause is not null) { VisitExpr(r.Cause); n++; }
                }
                SetLoc(s);
                Emit(OpCode.RAISE_VARARGS, n);
                NextBlock();
                break;
            }
            case Try t when t.IsStar: CompileTryStar(t); break;
            case Try t when t.FinalBody.Count > 0: CompileTryFinally(t); break;
            case Try t: CompileTryExcept(t); break;
            case Assert a: CompileAssert(a); break;
            case Import imp: CompileImport(imp); break;
            case ImportFrom imf: CompileImportFrom(imf); break;
            case Global or Nonlocal: break;
            case ExprStmt es: CompileExprStmt(es); break;
            case Pass: Emit(OpCode.NOP); break;
            case Break: CompileBreak(); break;
            case Continue: CompileContinue(); break;
            case With w: CompileWith(w, 0); break;
            case Match m: CompileMatch(m); break;
            default: throw Error("unsupported statement", s);
        }
    }

    private void CompileExprStmt(ExprStmt s)
    {
        if (_interactive && _stack.Count == 0)
        {
            VisitExpr(s.Value);
            Emit(OpCode.PRINT_EXPR);
            return;
        }
        if (_folder.Fold(s.Value) is Constant)
        {
            Emit(OpCode.NOP);
            return;
        }
        VisitExpr(s.Value);
        UnsetLoc(); // the POP_TOP is artificial: it takes the line of the expression's last instruction
        Emit(OpCode.POP_TOP);
    }

    private void CompileReturn(Return r)
    {
        var value = r.Value is null ? null : _folder.Fold(r.Value);
        var preserveTos = value is not null && value is not Constant;
        if (_u.Scope.Kind != BlockKind.Function) throw Error("'return' outside function", r);
        if (r.Value is not null && _u.Scope.IsCoroutine && _u.Scope.IsGenerator)
            throw Error("'return' with value in async generator", r);
        if (preserveTos) VisitExpr(r.Value!);
        else if (r.Value is not null)
        {
            SetLoc(r.Value);
            Emit(OpCode.NOP);
        }
        if (r.Value is null || r.Value.Lineno != r.Lineno)
        {
            SetLoc(r);
            Emit(OpCode.NOP);
        }
        UnwindFBlockStack(preserveTos, out _, false);
        if (r.Value is null) LoadConst(Py.None);
        else if (!preserveTos) LoadConst(((Constant)value!).Value);
        Emit(OpCode.RETURN_VALUE);
    }

    private void CompileBreak()
    {
        var at = _u.Loc;
        Emit(OpCode.NOP);
        UnwindFBlockStack(false, out var loop, true);
        if (loop is null) { _u.Loc = at; throw Error("'break' outside loop"); }
        UnwindFBlock(loop, false);
        EmitJump(Pseudo.Jump, loop.Exit!);
        NextBlock();
    }

    private void CompileContinue()
    {
        var at = _u.Loc;
        Emit(OpCode.NOP);
        UnwindFBlockStack(false, out var loop, true);
        if (loop is null) { _u.Loc = at; throw Error("'continue' not properly in loop"); }
        EmitJump(Pseudo.Jump, loop.Block!);
        NextBlock();
    }

    // ---- frame blocks ------------------------------------------------------------------------------

    private FBlock PushFBlock(FBlockKind kind, BasicBlock? block, BasicBlock? exit, object? datum = null)
    {
        // CPython: CO_MAXBLOCKS, the limit of the 3.11 compiler's fblock stack.
        if (_u.FBlocks.Count >= 20) throw Error("too many statically nested blocks");
        var f = new FBlock { Kind = kind, Block = block, Exit = exit, Datum = datum };
        _u.FBlocks.Add(f);
        return f;
    }

    private void PopFBlock() => _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);

    private void UnwindFBlockStack(bool preserveTos, out FBlock? loop, bool findLoop)
    {
        loop = null;
        var fbs = _u.FBlocks;
        if (fbs.Count == 0) return;
        var top = fbs[^1];
        if (top.Kind == FBlockKind.ExceptionGroupHandler)
            throw Error("'break', 'continue' and 'return' cannot appear in an except* block");
        if (findLoop && top.Kind is FBlockKind.WhileLoop or FBlockKind.ForLoop)
        {
            loop = top;
            return;
        }
        fbs.RemoveAt(fbs.Count - 1);
        UnwindFBlock(top, preserveTos);
        UnwindFBlockStack(preserveTos, out loop, findLoop);
        fbs.Add(top);
    }

    private void UnwindFBlock(FBlock info, bool preserveTos)
    {
        switch (info.Kind)
        {
            case FBlockKind.WhileLoop: case FBlockKind.ExceptionHandler: case FBlockKind.ExceptionGroupHandler:
            case FBlockKind.AsyncComprehensionGenerator:
                return;
            case FBlockKind.ForLoop:
                if (preserveTos) Emit(OpCode.SWAP, 2);
                Emit(OpCode.POP_TOP);
                return;
            case FBlockKind.TryExcept:
                _u.Emit(Pseudo.PopBlock);
                return;
            case FBlockKind.FinallyTry:
                _u.Emit(Pseudo.PopBlock);
                if (preserveTos) PushFBlock(FBlockKind.PopValue, null, null);
                VisitStmts((List<Stmt>)info.Datum!);
                if (preserveTos) PopFBlock();
                UnsetLoc();
                return;
            case FBlockKind.FinallyEnd:
                if (preserveTos) Emit(OpCode.SWAP, 2);
                Emit(OpCode.POP_TOP);
                if (preserveTos) Emit(OpCode.SWAP, 2);
                _u.Emit(Pseudo.PopBlock);
                Emit(OpCode.POP_EXCEPT);
                return;
            case FBlockKind.With: case FBlockKind.AsyncWith:
                SetLoc((Node)info.Datum!);
                _u.Emit(Pseudo.PopBlock);
                if (preserveTos) Emit(OpCode.SWAP, 2);
                CallExitWithNones();
                if (info.Kind == FBlockKind.AsyncWith)
                {
                    Emit(OpCode.GET_AWAITABLE, 2);
                    LoadConst(Py.None);
                    AddYieldFrom(true);
                }
                Emit(OpCode.POP_TOP);
                UnsetLoc();
                return;
            case FBlockKind.HandlerCleanup:
                if (info.Datum is not null) _u.Emit(Pseudo.PopBlock);
                if (preserveTos) Emit(OpCode.SWAP, 2);
                _u.Emit(Pseudo.PopBlock);
                Emit(OpCode.POP_EXCEPT);
                if (info.Datum is string name)
                {
                    LoadConst(Py.None);
                    NameOp(name, ExprContext.Store);
                    NameOp(name, ExprContext.Del);
                }
                return;
            case FBlockKind.PopValue:
                if (preserveTos) Emit(OpCode.SWAP, 2);
                Emit(OpCode.POP_TOP);
                return;
        }
    }

    private void CallExitWithNones()
    {
        LoadConst(Py.None);
        LoadConst(Py.None);
        LoadConst(Py.None);
        Emit(OpCode.CALL, 2);
    }

    // ---- assignment forms --------------------------------------------------------------------------

    private void CompileAugAssign(AugAssign s)
    {
        var e = s.Target;
        var op = (int)s.Op + 13;
        switch (e)
        {
            case Attribute a:
                SetLoc(a);
                VisitExpr(a.Value);
                Emit(OpCode.COPY, 1);
                MatchAttrLocation(a);
                EmitName(OpCode.LOAD_ATTR, a.Attr);
                VisitExpr(s.Value);
                SetLoc(s);
                Emit(OpCode.BINARY_OP, op);
                SetLoc(a);
                MatchAttrLocation(a);
                Emit(OpCode.SWAP, 2);
                EmitName(OpCode.STORE_ATTR, a.Attr);
                break;
            case Subscript sub:
                SetLoc(sub);
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                Emit(OpCode.COPY, 2);
                Emit(OpCode.COPY, 2);
                Emit(OpCode.BINARY_SUBSCR);
                VisitExpr(s.Value);
                SetLoc(s);
                Emit(OpCode.BINARY_OP, op);
                SetLoc(sub);
                Emit(OpCode.SWAP, 3);
                Emit(OpCode.SWAP, 2);
                Emit(OpCode.STORE_SUBSCR);
                break;
            case Name n:
                SetLoc(n);
                NameOp(n.Id, ExprContext.Load);
                VisitExpr(s.Value);
                SetLoc(s);
                Emit(OpCode.BINARY_OP, op);
                SetLoc(n);
                NameOp(n.Id, ExprContext.Store);
                break;
            default:
                throw Error("illegal expression for augmented assignment", e);
        }
    }

    private void CompileAnnAssign(AnnAssign s)
    {
        var target = s.Target;
        if (s.Value is not null)
        {
            VisitExpr(s.Value);
            VisitExpr(target);
        }
        var moduleOrClass = _u.Kind is UnitKind.Module or UnitKind.Class;
        switch (target)
        {
            case Name n:
                ForbiddenName(n.Id, ExprContext.Store);
                if (s.Simple && moduleOrClass)
                {
                    SetLoc(s);
                    if (_futureAnnotations) LoadConst(PyStr.From(Unparser.Unparse(s.Annotation)));
                    else VisitExpr(s.Annotation);
                    SetLoc(s);
                    EmitName(OpCode.LOAD_NAME, "__annotations__");
                    LoadConst(PyStr.From(SymbolTable.Mangle(_u.Private, n.Id)));
                    Emit(OpCode.STORE_SUBSCR);
                }
                break;
            case Attribute a:
                ForbiddenName(a.Attr, ExprContext.Store);
                if (s.Value is null) { VisitExpr(a.Value); Emit(OpCode.POP_TOP); }
                break;
            case Subscript sub:
                if (s.Value is null)
                {
                    VisitExpr(sub.Value); Emit(OpCode.POP_TOP);
                    CheckAnnSubscr(sub.Slice);
                }
                break;
        }
        if (!s.Simple && moduleOrClass && !_futureAnnotations)
        {
            VisitExpr(s.Annotation);
            Emit(OpCode.POP_TOP);
        }
    }

    private void CheckAnnSubscr(Expr e)
    {
        switch (e)
        {
            case Slice sl:
                if (sl.Lower is not null) { VisitExpr(sl.Lower); Emit(OpCode.POP_TOP); }
                if (sl.Upper is not null) { VisitExpr(sl.Upper); Emit(OpCode.POP_TOP); }
                if (sl.Step is not null) { VisitExpr(sl.Step); Emit(OpCode.POP_TOP); }
                break;
            case Tuple t:
                foreach (var x in t.Elts) CheckAnnSubscr(x);
                break;
            default:
                VisitExpr(e); Emit(OpCode.POP_TOP);
                break;
        }
    }

    // ---- control flow ------------------------------------------------------------------------------

    private void CompileIf(If s)
    {
        var end = _u.NewBlock();
        var next = s.OrElse.Count > 0 ? _u.NewBlock() : end;
        JumpIf(s.Test, next, false);
        VisitStmts(s.Body);
        if (s.OrElse.Count > 0)
        {
            EmitJumpNoLine(Pseudo.Jump, end);
            UseNext(next);
            VisitStmts(s.OrElse);
        }
        UseNext(end);
    }

    private void CompileWhile(While s)
    {
        var loop = _u.NewBlock();
        var body = _u.NewBlock();
        var anchor = _u.NewBlock();
        var end = _u.NewBlock();
        UseNext(loop);
        PushFBlock(FBlockKind.WhileLoop, loop, end);
        JumpIf(s.Test, anchor, false);
        UseNext(body);
        VisitStmts(s.Body);
        SetLoc(s);
        JumpIf(s.Test, body, true);
        PopFBlock();
        UseNext(anchor);
        VisitStmts(s.OrElse);
        UseNext(end);
    }

    private void CompileFor(For s)
    {
        var start = _u.NewBlock();
        var body = _u.NewBlock();
        var cleanup = _u.NewBlock();
        var end = _u.NewBlock();
        PushFBlock(FBlockKind.ForLoop, start, end);
        VisitExpr(_folder.FoldIter(s.Iter));
        SetLoc(s);
        Emit(OpCode.GET_ITER);
        UseNext(start);
        EmitJump((int)OpCode.FOR_ITER, cleanup);
        UseNext(body);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        UnsetLoc();
        EmitJump(Pseudo.Jump, start);
        UseNext(cleanup);
        PopFBlock();
        VisitStmts(s.OrElse);
        UseNext(end);
    }

    private void CompileAsyncFor(For s)
    {
        if (_u.Kind != UnitKind.AsyncFunction) throw Error("'async for' outside async function", s);
        var start = _u.NewBlock();
        var except = _u.NewBlock();
        var end = _u.NewBlock();
        VisitExpr(s.Iter);
        SetLoc(s);
        Emit(OpCode.GET_AITER);
        UseNext(start);
        PushFBlock(FBlockKind.ForLoop, start, end);
        EmitJump(Pseudo.SetupFinally, except);
        Emit(OpCode.GET_ANEXT);
        LoadConst(Py.None);
        AddYieldFrom(true);
        _u.Emit(Pseudo.PopBlock);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        UnsetLoc();
        EmitJump(Pseudo.Jump, start);
        PopFBlock();
        UseNext(except);
        SetLoc(s.Iter);
        Emit(OpCode.END_ASYNC_FOR);
        VisitStmts(s.OrElse);
        UseNext(end);
    }

    private void CompileAssert(Assert s)
    {
        var end = _u.NewBlock();
        JumpIf(s.Test, end, true);
        Emit(OpCode.LOAD_ASSERTION_ERROR);
        if (s.Msg is not null)
        {
            VisitExpr(s.Msg);
            Emit(OpCode.CALL, 0);
        }
        Emit(OpCode.RAISE_VARARGS, 1);
        UseNext(end);
    }

    // ---- exceptions --------------------------------------------------------------------------------

    private void PopExceptAndReraise()
    {
        Emit(OpCode.COPY, 3);
        Emit(OpCode.POP_EXCEPT);
        Emit(OpCode.RERAISE, 1);
    }

    private void CompileTryFinally(Try s)
    {
        var body = _u.NewBlock();
        var end = _u.NewBlock();
        var exit = _u.NewBlock();
        var cleanup = _u.NewBlock();
        EmitJump(Pseudo.SetupFinally, end);
        UseNext(body);
        PushFBlock(FBlockKind.FinallyTry, body, end, s.FinalBody);
        if (s.IsStar) CompileTryStarExcept(s);
        else if (s.Handlers.Count > 0) CompileTryExcept(s);
        else VisitStmts(s.Body);
        _u.EmitNoLine(Pseudo.PopBlock);
        PopFBlock();
        VisitStmts(s.FinalBody);
        EmitJumpNoLine(Pseudo.Jump, exit);

        UseNext(end);
        UnsetLoc();
        EmitJump(Pseudo.SetupCleanup, cleanup);
        Emit(OpCode.PUSH_EXC_INFO);
        PushFBlock(FBlockKind.FinallyEnd, end, null);
        VisitStmts(s.FinalBody);
        PopFBlock();
        UnsetLoc();
        Emit(OpCode.RERAISE, 0);
        UseNext(cleanup);
        PopExceptAndReraise();
        UseNext(exit);
    }

    private void CompileTryExcept(Try s)
    {
        var body = _u.NewBlock();
        var except = _u.NewBlock();
        var end = _u.NewBlock();
        var cleanup = _u.NewBlock();
        EmitJump(Pseudo.SetupFinally, except);
        UseNext(body);
        PushFBlock(FBlockKind.TryExcept, body, null);
        VisitStmts(s.Body);
        PopFBlock();
        _u.EmitNoLine(Pseudo.PopBlock);
        VisitStmts(s.OrElse);
        EmitJumpNoLine(Pseudo.Jump, end);
        var n = s.Handlers.Count;
        UseNext(except);
        UnsetLoc();
        EmitJump(Pseudo.SetupCleanup, cleanup);
        Emit(OpCode.PUSH_EXC_INFO);
        PushFBlock(FBlockKind.ExceptionHandler, null, null);
        for (int i = 0; i < n; i++)
        {
            var h = s.Handlers[i];
            SetLoc(h);
            if (h.Type is null && i < n - 1) throw Error("default 'except:' must be last", h);
            except = _u.NewBlock();
            if (h.Type is not null)
            {
                VisitExpr(h.Type);
                SetLoc(h);
                Emit(OpCode.CHECK_EXC_MATCH);
                EmitJump(Pseudo.PopJumpIfFalse, except);
            }
            if (h.Name is not null)
            {
                var cleanupEnd = _u.NewBlock();
                var cleanupBody = _u.NewBlock();
                NameOp(h.Name, ExprContext.Store);
                EmitJump(Pseudo.SetupCleanup, cleanupEnd);
                UseNext(cleanupBody);
                PushFBlock(FBlockKind.HandlerCleanup, cleanupBody, null, h.Name);
                VisitStmts(h.Body);
                PopFBlock();
                UnsetLoc();
                _u.Emit(Pseudo.PopBlock);
                _u.Emit(Pseudo.PopBlock);
                Emit(OpCode.POP_EXCEPT);
                LoadConst(Py.None);
                NameOp(h.Name, ExprContext.Store);
                NameOp(h.Name, ExprContext.Del);
                EmitJump(Pseudo.Jump, end);

                UseNext(cleanupEnd);
                UnsetLoc();
                LoadConst(Py.None);
                NameOp(h.Name, ExprContext.Store);
                NameOp(h.Name, ExprContext.Del);
                Emit(OpCode.RERAISE, 1);
            }
            else
            {
                var cleanupBody = _u.NewBlock();
                Emit(OpCode.POP_TOP);
                UseNext(cleanupBody);
                PushFBlock(FBlockKind.HandlerCleanup, cleanupBody, null, null);
                VisitStmts(h.Body);
                PopFBlock();
                UnsetLoc();
                _u.Emit(Pseudo.PopBlock);
                Emit(OpCode.POP_EXCEPT);
                EmitJump(Pseudo.Jump, end);
            }
            UseNext(except);
        }
        UnsetLoc();
        PopFBlock();
        Emit(OpCode.RERAISE, 0);
        UseNext(cleanup);
        PopExceptAndReraise();
        UseNext(end);
    }

    private void CompileTryStar(Try s)
    {
        if (s.FinalBody.Count > 0)
        {
            // try/except*/finally: the finally wraps the except* part, as for plain try
            CompileTryFinally(s);
            return;
        }
        CompileTryStarExcept(s);
    }

    private void CompileTryStarExcept(Try s)
    {
        var body = _u.NewBlock();
        var except = _u.NewBlock();
        var orelse = _u.NewBlock();
        var end = _u.NewBlock();
        var cleanup = _u.NewBlock();
        var reraiseStar = _u.NewBlock();
        EmitJump(Pseudo.SetupFinally, except);
        UseNext(body);
        PushFBlock(FBlockKind.TryExcept, body, null);
        VisitStmts(s.Body);
        PopFBlock();
        _u.EmitNoLine(Pseudo.PopBlock);
        EmitJumpNoLine(Pseudo.Jump, orelse);
        var n = s.Handlers.Count;
        UseNext(except);
        UnsetLoc();
        EmitJump(Pseudo.SetupCleanup, cleanup);
        Emit(OpCode.PUSH_EXC_INFO);
        PushFBlock(FBlockKind.ExceptionGroupHandler, null, null);
        for (int i = 0; i < n; i++)
        {
            var h = s.Handlers[i];
            SetLoc(h);
            var next = _u.NewBlock();
            var exceptWithError = _u.NewBlock();
            var noMatch = _u.NewBlock();
            if (i == 0)
            {
                Emit(OpCode.COPY, 1);
                Emit(OpCode.BUILD_LIST, 0);
                Emit(OpCode.SWAP, 2);
            }
            if (h.Type is not null)
            {
                VisitExpr(h.Type);
                SetLoc(h);
                Emit(OpCode.CHECK_EG_MATCH);
                Emit(OpCode.COPY, 1);
                EmitJump(Pseudo.PopJumpIfNone, noMatch);
            }
            var cleanupEnd = _u.NewBlock();
            var cleanupBody = _u.NewBlock();
            if (h.Name is not null) NameOp(h.Name, ExprContext.Store);
            else Emit(OpCode.POP_TOP);
            EmitJump(Pseudo.SetupCleanup, cleanupEnd);
            UseNext(cleanupBody);
            PushFBlock(FBlockKind.HandlerCleanup, cleanupBody, null, h.Name);
            VisitStmts(h.Body);
            PopFBlock();
            UnsetLoc();
            _u.Emit(Pseudo.PopBlock);
            if (h.Name is not null)
            {
                LoadConst(Py.None);
                NameOp(h.Name, ExprContext.Store);
                NameOp(h.Name, ExprContext.Del);
            }
            EmitJump(Pseudo.Jump, next);
            UseNext(cleanupEnd);
            UnsetLoc();
            if (h.Name is not null)
            {
                LoadConst(Py.None);
                NameOp(h.Name, ExprContext.Store);
                NameOp(h.Name, ExprContext.Del);
            }
            Emit(OpCode.LIST_APPEND, 3);
            Emit(OpCode.POP_TOP);
            EmitJump(Pseudo.Jump, exceptWithError);
            UseNext(next);
            Emit(OpCode.NOP);
            EmitJump(Pseudo.Jump, exceptWithError);
            UseNext(noMatch);
            Emit(OpCode.POP_TOP);
            UseNext(exceptWithError);
            if (i == n - 1)
            {
                Emit(OpCode.LIST_APPEND, 1);
                EmitJump(Pseudo.Jump, reraiseStar);
            }
        }
        UnsetLoc();
        PopFBlock();
        var reraise = _u.NewBlock();
        UseNext(reraiseStar);
        Emit(OpCode.PREP_RERAISE_STAR);
        Emit(OpCode.COPY, 1);
        EmitJump(Pseudo.PopJumpIfNotNone, reraise);
        Emit(OpCode.POP_TOP);
        _u.Emit(Pseudo.PopBlock);
        Emit(OpCode.POP_EXCEPT);
        EmitJump(Pseudo.Jump, end);
        UseNext(reraise);
        _u.Emit(Pseudo.PopBlock);
        Emit(OpCode.SWAP, 2);
        Emit(OpCode.POP_EXCEPT);
        Emit(OpCode.RERAISE, 0);
        UseNext(cleanup);
        PopExceptAndReraise();
        UseNext(orelse);
        VisitStmts(s.OrElse);
        UseNext(end);
    }

    // ---- with --------------------------------------------------------------------------------------

    private void CompileWith(With s, int pos)
    {
        if (s.IsAsync && _u.Kind != UnitKind.AsyncFunction) throw Error("'async with' outside async function", s);
        var item = s.Items[pos];
        var block = _u.NewBlock();
        var final = _u.NewBlock();
        var exit = _u.NewBlock();
        var cleanup = _u.NewBlock();
        VisitExpr(item.ContextExpr);
        SetLoc(s);
        if (s.IsAsync)
        {
            Emit(OpCode.BEFORE_ASYNC_WITH);
            Emit(OpCode.GET_AWAITABLE, 1);
            LoadConst(Py.None);
            AddYieldFrom(true);
        }
        else Emit(OpCode.BEFORE_WITH);
        EmitJump(Pseudo.SetupWith, final);
        UseNext(block);
        PushFBlock(s.IsAsync ? FBlockKind.AsyncWith : FBlockKind.With, block, final, s);
        if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
        else Emit(OpCode.POP_TOP);
        pos++;
        if (pos == s.Items.Count) VisitStmts(s.Body);
        else CompileWith(s, pos);
        PopFBlock();
        UnsetLoc();
        _u.Emit(Pseudo.PopBlock);
        SetLoc(s);
        CallExitWithNones();
        if (s.IsAsync)
        {
            Emit(OpCode.GET_AWAITABLE, 2);
            LoadConst(Py.None);
            AddYieldFrom(true);
        }
        Emit(OpCode.POP_TOP);
        EmitJump(Pseudo.Jump, exit);

        UseNext(final);
        EmitJump(Pseudo.SetupCleanup, cleanup);
        Emit(OpCode.PUSH_EXC_INFO);
        Emit(OpCode.WITH_EXCEPT_START);
        if (s.IsAsync)
        {
            Emit(OpCode.GET_AWAITABLE, 2);
            LoadConst(Py.None);
            AddYieldFrom(true);
        }
        WithExceptFinish(cleanup);
        UseNext(exit);
    }

    private void WithExceptFinish(BasicBlock cleanup)
    {
        UnsetLoc();
        var exit = _u.NewBlock();
        EmitJump(Pseudo.PopJumpIfTrue, exit);
        Emit(OpCode.RERAISE, 2);
        UseNext(cleanup);
        PopExceptAndReraise();
        UseNext(exit);
        Emit(OpCode.POP_TOP);
        _u.Emit(Pseudo.PopBlock);
        Emit(OpCode.POP_EXCEPT);
        Emit(OpCode.POP_TOP);
        Emit(OpCode.POP_TOP);
    }

    // ---- imports -----------------------------------------------------------------------------------

    private void CompileImport(Import s)
    {
        foreach (var a in s.Names)
        {
            SetLoc(s);
            LoadConst(PyInt.From(0));
            LoadConst(Py.None);
            EmitNameRaw(OpCode.IMPORT_NAME, a.Name);
            if (a.AsName is not null)
            {
                var dot = a.Name.IndexOf('.');
                if (dot >= 0)
                {
                    while (true)
                    {
                        var pos = dot + 1;
                        dot = a.Name.IndexOf('.', pos);
                        var attr = dot < 0 ? a.Name.Substring(pos) : a.Name.Substring(pos, dot - pos);
                        EmitNameRaw(OpCode.IMPORT_FROM, attr);
                        if (dot < 0) break;
                        Emit(OpCode.SWAP, 2);
                        Emit(OpCode.POP_TOP);
                    }
                    NameOp(a.AsName, ExprContext.Store);
                    Emit(OpCode.POP_TOP);
                }
                else NameOp(a.AsName, ExprContext.Store);
            }
            else
            {
                var dot = a.Name.IndexOf('.');
                NameOp(dot >= 0 ? a.Name.Substring(0, dot) : a.Name, ExprContext.Store);
            }
        }
    }

    private void EmitNameRaw(OpCode op, string name) => _u.Emit((int)op, _u.NameIndex(name));

    private void CompileImportFrom(ImportFrom s)
    {
        if (s.Lineno > _futureLineno && s.Module == "__future__")
            throw Error("from __future__ imports must occur at the beginning of the file", s);
        LoadConst(PyInt.From(s.Level));
        var names = new PyObject[s.Names.Count];
        for (int i = 0; i < names.Length; i++) names[i] = PyStr.From(s.Names[i].Name);
        LoadConst(new PyTuple(names));
        EmitNameRaw(OpCode.IMPORT_NAME, s.Module ?? "");
        for (int i = 0; i < s.Names.Count; i++)
        {
            var a = s.Names[i];
            if (i == 0 && a.Name == "*")
            {
                Emit(OpCode.IMPORT_STAR);
                return;
            }
            EmitNameRaw(OpCode.IMPORT_FROM, a.Name);
            NameOp(a.AsName ?? a.Name, ExprContext.Store);
        }
        Emit(OpCode.POP_TOP);
    }
}
