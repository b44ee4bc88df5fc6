// The code generator (CPython 3.11: Python/compile.c, the codegen half): walks the AST of each block
// and emits CPython 3.11's instruction sequences into a CFG of BasicBlocks; the Assembler then
// optimizes and flattens that graph into a CodeObject. One CompilerUnit per code object; nested
// defs, classes, lambdas and comprehensions push a unit, compile, assemble, and pop.
namespace GilRuntime.Core.Compiler.CodeGen;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Compiler.Symbols;
using GilRuntime.Core.Compiler.Tokenizing;
using GilRuntime.Core.Objects;

public sealed partial class CodeGenerator
{
    private const int StackUseGuideline = 30;

    private readonly SymbolTable _st;
    private readonly string _filename;
    private readonly string[]? _lines;
    private readonly Stack<CompilerUnit> _stack = new();
    private CompilerUnit _u = null!;
    private bool _interactive;
    private bool _futureAnnotations;
    private readonly ConstantFolder _folder = new();

    private CodeGenerator(SymbolTable st, string filename, string? source)
    {
        _st = st; _filename = filename;
        _lines = source?.Split('\n');
    }

    /// <summary>Compiles a module root (already constant-folded) into its code object.</summary>
    public static CodeObject Compile(ModuleRoot root, string filename, CompileMode mode, string? source = null)
    {
        root = ConstantFolder.Fold(root);
        var st = SymbolTable.Build(root, filename, source);
        var g = new CodeGenerator(st, filename, source);
        return g.CompileModule(root, mode);
    }

    private CodeObject CompileModule(ModuleRoot root, CompileMode mode)
    {
        EnterScope("<module>", UnitKind.Module, root, 1);
        switch (root)
        {
            case Module m:
                FindFuture(m.Body);
                CompileBody(m.Body);
                return Assemble(addNone: true);
            case Interactive i:
                _interactive = true;
                FindFuture(i.Body);
                foreach (var s in i.Body) VisitStmt(s);
                return Assemble(addNone: true);
            case Expression e:
                VisitExpr(e.Body);
                _u.Emit((int)OpCode.RETURN_VALUE);
                return Assemble(addNone: false);
            default:
                throw new ArgumentException("unknown module root", nameof(root));
        }
    }

    /// <summary>Line of the last `from __future__` import of the module's opening future block; a later
    /// one anywhere is an error (CPython: c_future->ff_lineno).</summary>
    private int _futureLineno = -1;

    /// <summary>CPython's future_parse (Python/future.c): the future imports must come first (after the
    /// docstring), and each feature must be known.</summary>
    private void FindFuture(List<Stmt> body)
    {
        bool done = false;
        int prevLine = 0;
        int i = body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: PyStr } } ? 1 : 0;
        for (; i < body.Count; i++)
        {
            var s = body[i];
            if (done && s.Lineno > prevLine) return;
            prevLine = s.Lineno;
            if (s is ImportFrom { Module: "__future__" } f)
            {
                // future.c reports this one at offset col_offset (not col_offset + 1).
                if (done) throw FutureError("from __future__ imports must occur at the beginning of the file", s, -1);
                foreach (var a in f.Names)
                {
                    switch (a.Name)
                    {
                        case "nested_scopes": case "generators": case "division": case "absolute_import":
                        case "with_statement": case "print_function": case "unicode_literals":
                        case "barry_as_FLUFL": case "generator_stop":
                            break;
                        case "annotations": _futureAnnotations = true; break;
                        case "braces": throw FutureError("not a chance", s);
                        default: throw FutureError($"future feature {a.Name} is not defined", s);
                    }
                }
                _futureLineno = s.Lineno;
            }
            else done = true;
        }
    }

    /// <summary>future.c's errors carry a line and a start column only (end_offset None).</summary>
    private PyException FutureError(string message, Stmt s, int shift = 0)
    {
        return SyntaxErrors.LocationOnly(message, _filename, s.Lineno, s.ColOffset + 1 + shift, s.Lineno, 0);
    }

    private PyException Error(string message, Node? at = null)
    {
        if (at is null)
        {
            var l = _u.Loc;
            return SyntaxErrors.Compiler(message, _filename, l.Line, l.Col, l.EndLine, l.EndCol);
        }
        return SymbolTable.MakeError(message, at, _filename, _lines);
    }

    private static Loc LocOf(Node n) => new(n.Lineno, n.EndLineno, n.ColOffset, n.EndColOffset);

    private void SetLoc(Node n) => _u.Loc = LocOf(n);

    private void UnsetLoc() => _u.Loc = Loc.None;

    // ---- scopes ------------------------------------------------------------------------------------

    private void EnterScope(string name, UnitKind kind, Node key, int lineno)
    {
        var scope = _st.Lookup(key);
        var u = new CompilerUnit(scope, kind, name, lineno);
        if (_stack.Count > 0 || _u is not null) { if (_u is not null) _stack.Push(_u); }
        _u = u;
        if (kind == UnitKind.Module)
        {
            u.QualName = name;
            u.Loc = new Loc(0, 0, 0, 0);
        }
        else
        {
            SetQualName();
            u.Loc = new Loc(lineno, lineno, 0, 0);
        }
        u.Emit((int)OpCode.RESUME, 0);
    }

    private void ExitScope()
    {
        _u = _stack.Count > 0 ? _stack.Pop() : null!;
    }

    private void SetQualName()
    {
        var u = _u;
        string? baseName = null;
        if (_stack.Count > 1)
        {
            var parent = _stack.Peek();
            var forceGlobal = false;
            if (u.Kind is UnitKind.Function or UnitKind.AsyncFunction or UnitKind.Class)
            {
                var mangled = SymbolTable.Mangle(parent.Private, u.Name);
                if (parent.Scope.ScopeOf(mangled) == SymbolScope.GlobalExplicit) forceGlobal = true;
            }
            if (!forceGlobal)
                baseName = parent.Kind is UnitKind.Function or UnitKind.AsyncFunction or UnitKind.Lambda
                    ? parent.QualName + ".<locals>" : parent.QualName;
        }
        u.QualName = baseName is null ? u.Name : baseName + "." + u.Name;
    }

    private CodeObject Assemble(bool addNone)
    {
        var u = _u;
        if (!(u.Current.Count > 0 && u.Current.Last.Op == (int)OpCode.RETURN_VALUE))
        {
            UnsetLoc();
            if (addNone) u.Emit((int)OpCode.LOAD_CONST, u.AddConst(Py.None));
            u.Emit((int)OpCode.RETURN_VALUE);
        }
        return new Assembler(u, _filename, ComputeFlags(u)).Assemble();
    }

    private static CodeFlags ComputeFlags(CompilerUnit u)
    {
        var ste = u.Scope;
        var flags = CodeFlags.None;
        if (ste.Kind == BlockKind.Function)
        {
            flags |= CodeFlags.NewLocals | CodeFlags.Optimized;
            if (ste.IsNested) flags |= CodeFlags.Nested;
            if (ste.IsGenerator && !ste.IsCoroutine) flags |= CodeFlags.Generator;
            if (!ste.IsGenerator && ste.IsCoroutine) flags |= CodeFlags.Coroutine;
            if (ste.IsGenerator && ste.IsCoroutine) flags |= CodeFlags.AsyncGenerator;
            if (ste.HasVarArgs) flags |= CodeFlags.VarArgs;
            if (ste.HasVarKeywords) flags |= CodeFlags.VarKeywords;
        }
        return flags;
    }

    // ---- names -------------------------------------------------------------------------------------

    /// <summary>CPython's forbidden_name: __debug__ is a constant, never a target.</summary>
    private void ForbiddenName(string name, ExprContext ctx)
    {
        if (name != "__debug__") return;
        if (ctx == ExprContext.Store) throw Error("cannot assign to __debug__");
        if (ctx == ExprContext.Del) throw Error("cannot delete __debug__");
    }

    /// <summary>CPython's compiler_check_debug_args.</summary>
    private void CheckDebugArgs(Arguments a)
    {
        foreach (var x in a.PosOnlyArgs) ForbiddenName(x.Name, ExprContext.Store);
        foreach (var x in a.Args) ForbiddenName(x.Name, ExprContext.Store);
        if (a.VarArg is not null) ForbiddenName(a.VarArg.Name, ExprContext.Store);
        foreach (var x in a.KwOnlyArgs) ForbiddenName(x.Name, ExprContext.Store);
        if (a.KwArg is not null) ForbiddenName(a.KwArg.Name, ExprContext.Store);
    }

    private void NameOp(string name, ExprContext ctx)
    {
        ForbiddenName(name, ctx);
        var u = _u;
        var mangled = SymbolTable.Mangle(u.Private, name);
        var scope = u.Scope.ScopeOf(mangled);
        var isFunc = u.Scope.Kind == BlockKind.Function;
        OpCode op;
        int arg;
        switch (scope)
        {
            case SymbolScope.Free:
            case SymbolScope.Cell:
                op = ctx switch
                {
                    ExprContext.Load => u.Scope.Kind == BlockKind.Class ? OpCode.LOAD_CLASSDEREF : OpCode.LOAD_DEREF,
                    ExprContext.Store => OpCode.STORE_DEREF,
                    _ => OpCode.DELETE_DEREF,
                };
                arg = scope == SymbolScope.Cell ? u.CellIndex(mangled) : u.FreeIndex(mangled);
                if (arg < 0) arg = u.FreeIndex(mangled);
                break;
            case SymbolScope.Local when isFunc:
                op = ctx switch { ExprContext.Load => OpCode.LOAD_FAST, ExprContext.Store => OpCode.STORE_FAST, _ => OpCode.DELETE_FAST };
                arg = u.VarIndex(mangled);
                break;
            case SymbolScope.GlobalImplicit when isFunc:
            case SymbolScope.GlobalExplicit:
                op = ctx switch { ExprContext.Load => OpCode.LOAD_GLOBAL, ExprContext.Store => OpCode.STORE_GLOBAL, _ => OpCode.DELETE_GLOBAL };
                arg = u.NameIndex(mangled);
                if (op == OpCode.LOAD_GLOBAL) arg <<= 1;
                break;
            default:
                op = ctx switch { ExprContext.Load => OpCode.LOAD_NAME, ExprContext.Store => OpCode.STORE_NAME, _ => OpCode.DELETE_NAME };
                arg = u.NameIndex(mangled);
                break;
        }
        u.Emit((int)op, arg);
    }

    private int ConstIndex(PyObject value) => _u.AddConst(value);

    private void LoadConst(PyObject value) => _u.Emit((int)OpCode.LOAD_CONST, _u.AddConst(value));

    private void Emit(OpCode op, int arg = 0) => _u.Emit((int)op, arg);

    private void EmitName(OpCode op, string name) => _u.Emit((int)op, _u.NameIndex(SymbolTable.Mangle(_u.Private, name)));

    private void EmitJump(int op, BasicBlock target) => _u.Emit(op, 0, target);

    private void EmitJumpNoLine(int op, BasicBlock target) => _u.EmitNoLine(op, 0, target);

    private void UseNext(BasicBlock b) => _u.UseNext(b);

    /// <summary>Starts a new block after a terminator (CPython: NEXT_BLOCK).</summary>
    private void NextBlock() => _u.UseNext(_u.NewBlock());

    // ---- functions, lambdas, classes ---------------------------------------------------------------

    private void MakeClosure(CodeObject co, int flags)
    {
        if (co.co_freevars.Length > 0)
        {
            foreach (var name in co.co_freevars)
            {
                int arg;
                if (_u.Kind == UnitKind.Class && name == "__class__") arg = _u.CellIndex(name);
                else
                {
                    var scope = _u.Scope.ScopeOf(name);
                    arg = scope == SymbolScope.Cell ? _u.CellIndex(name) : _u.FreeIndex(name);
                    if (arg < 0) arg = _u.CellIndex(name) >= 0 ? _u.CellIndex(name) : _u.FreeIndex(name);
                }
                Emit(OpCode.LOAD_CLOSURE, arg);
            }
            flags |= 0x08;
            Emit(OpCode.BUILD_TUPLE, co.co_freevars.Length);
        }
        LoadConst(co);
        Emit(OpCode.MAKE_FUNCTION, flags);
    }

    private int DefaultArguments(Arguments args)
    {
        var flags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults) VisitExpr(d);
            Emit(OpCode.BUILD_TUPLE, args.Defaults.Count);
            flags |= 0x01;
        }
        var keys = new List<PyObject>();
        for (int i = 0; i < args.KwOnlyArgs.Count; i++)
        {
            var d = i < args.KwDefaults.Count ? args.KwDefaults[i] : null;
            if (d is null) continue;
            keys.Add(PyStr.From(SymbolTable.Mangle(_u.Private, args.KwOnlyArgs[i].Name)));
            VisitExpr(d);
        }
        if (keys.Count > 0)
        {
            LoadConst(new PyTuple(keys.ToArray()));
            Emit(OpCode.BUILD_CONST_KEY_MAP, keys.Count);
            flags |= 0x02;
        }
        return flags;
    }

    private bool VisitAnnotations(Arguments a, Expr? returns)
    {
        var n = 0;
        void One(string id, Expr? ann)
        {
            if (ann is null) return;
            LoadConst(PyStr.From(SymbolTable.Mangle(_u.Private, id)));
            if (_futureAnnotations) LoadConst(PyStr.From(Unparser.Unparse(ann)));
            else if (ann is Starred st) { VisitExpr(st.Value); Emit(OpCode.UNPACK_SEQUENCE, 1); }
            else VisitExpr(ann);
            n += 2;
        }
        foreach (var x in a.Args) One(x.Name, x.Annotation);
        foreach (var x in a.PosOnlyArgs) One(x.Name, x.Annotation);
        if (a.VarArg is not null) One(a.VarArg.Name, a.VarArg.Annotation);
        foreach (var x in a.KwOnlyArgs) One(x.Name, x.Annotation);
        if (a.KwArg is not null) One(a.KwArg.Name, a.KwArg.Annotation);
        One("return", returns);
        if (n > 0) { Emit(OpCode.BUILD_TUPLE, n); return true; }
        return false;
    }

    private static PyStr? GetDocString(List<Stmt> body) =>
        body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: PyStr s } } ? s : null;

    private void CompileFunction(FunctionDef f)
    {
        CheckDebugArgs(f.Args);
        foreach (var d in f.DecoratorList) VisitExpr(d);
        var firstLineno = f.DecoratorList.Count > 0 ? f.DecoratorList[0].Lineno : f.Lineno;
        SetLoc(f);
        var flags = DefaultArguments(f.Args);
        if (VisitAnnotations(f.Args, f.Returns)) flags |= 0x04;

        EnterScope(f.Name, f.IsAsync ? UnitKind.AsyncFunction : UnitKind.Function, f, firstLineno);
        var doc = GetDocString(f.Body);
        _u.AddConst(doc is not null ? doc : Py.None);
        _u.ArgCount = f.Args.Args.Count;
        _u.PosOnlyArgCount = f.Args.PosOnlyArgs.Count;
        _u.KwOnlyArgCount = f.Args.KwOnlyArgs.Count;
        for (int i = doc is not null ? 1 : 0; i < f.Body.Count; i++) VisitStmt(f.Body[i]);
        var co = Assemble(addNone: true);
        ExitScope();

        SetLoc(f);
        MakeClosure(co, flags);
        ApplyDecorators(f.DecoratorList);
        SetLoc(f);
        NameOp(f.Name, ExprContext.Store);
    }

    private void CompileLambda(Lambda e)
    {
        CheckDebugArgs(e.Args);
        var flags = DefaultArguments(e.Args);
        EnterScope("<lambda>", UnitKind.Lambda, e, e.Lineno);
        _u.AddConst(Py.None);
        _u.ArgCount = e.Args.Args.Count;
        _u.PosOnlyArgCount = e.Args.PosOnlyArgs.Count;
        _u.KwOnlyArgCount = e.Args.KwOnlyArgs.Count;
        VisitExpr(e.Body);
        CodeObject co;
        if (_u.Scope.IsGenerator) co = Assemble(addNone: false);
        else
        {
            _u.Emit((int)OpCode.RETURN_VALUE);
            co = Assemble(addNone: true);
        }
        ExitScope();
        MakeClosure(co, flags);
    }

    private void CompileClass(ClassDef c)
    {
        foreach (var d in c.DecoratorList) VisitExpr(d);
        var firstLineno = c.DecoratorList.Count > 0 ? c.DecoratorList[0].Lineno : c.Lineno;
        EnterScope(c.Name, UnitKind.Class, c, firstLineno);
        _u.Private = c.Name;
        NameOp("__name__", ExprContext.Load);
        NameOp("__module__", ExprContext.Store);
        LoadConst(PyStr.From(_u.QualName));
        NameOp("__qualname__", ExprContext.Store);
        CompileBody(c.Body);
        UnsetLoc();
        if (_u.Scope.NeedsClassClosure)
        {
            Emit(OpCode.LOAD_CLOSURE, _u.CellIndex("__class__"));
            Emit(OpCode.COPY, 1);
            NameOp("__classcell__", ExprContext.Store);
        }
        else LoadConst(Py.None);
        Emit(OpCode.RETURN_VALUE);
        var co = Assemble(addNone: true);
        ExitScope();

        SetLoc(c);
        Emit(OpCode.PUSH_NULL);
        Emit(OpCode.LOAD_BUILD_CLASS);
        MakeClosure(co, 0);
        LoadConst(PyStr.From(c.Name));
        CallHelper(2, c.Bases, c.Keywords);
        ApplyDecorators(c.DecoratorList);
        SetLoc(c);
        NameOp(c.Name, ExprContext.Store);
    }

    private void ApplyDecorators(List<Expr> decorators)
    {
        for (int i = decorators.Count - 1; i >= 0; i--)
        {
            SetLoc(decorators[i]);
            Emit(OpCode.CALL, 0);
        }
    }

    /// <summary>A module or class body: SETUP_ANNOTATIONS when needed, the docstring into __doc__, the statements.</summary>
    private void CompileBody(List<Stmt> body)
    {
        if (_u.Kind == UnitKind.Module && body.Count > 0) SetLoc(body[0]);
        if (FindAnnotations(body)) Emit(OpCode.SETUP_ANNOTATIONS);
        if (body.Count == 0) return;
        var start = 0;
        var doc = GetDocString(body);
        if (doc is not null && !_interactive)
        {
            start = 1;
            SetLoc(body[0]);
            VisitExpr(((ExprStmt)body[0]).Value);
            NameOp("__doc__", ExprContext.Store);
        }
        for (int i = start; i < body.Count; i++) VisitStmt(body[i]);
    }

    private static bool FindAnnotations(List<Stmt> body)
    {
        foreach (var s in body)
        {
            switch (s)
            {
                case AnnAssign: return true;
                case For f: if (FindAnnotations(f.Body) || FindAnnotations(f.OrElse)) return true; break;
                case While w: if (FindAnnotations(w.Body) || FindAnnotations(w.OrElse)) return true; break;
                case If i: if (FindAnnotations(i.Body) || FindAnnotations(i.OrElse)) return true; break;
                case With w: if (FindAnnotations(w.Body)) return true; break;
                case Try t:
                    if (FindAnnotations(t.Body) || FindAnnotations(t.OrElse) || FindAnnotations(t.FinalBody)) return true;
                    foreach (var h in t.Handlers) if (FindAnnotations(h.Body)) return true;
                    break;
                case Match m:
                    foreach (var c in m.Cases) if (FindAnnotations(c.Body)) return true;
                    break;
            }
        }
        return false;
    }
}
