// The symbol table (CPython: Python/symtable.c). Two passes: a visitor records, per block, how each
// name is defined and used; then an analysis resolves each name to local, global (explicit or
// implicit), free or cell, following CPython 3.11's rules: class scopes do not bind for nested
// functions, comprehensions are function blocks whose first iterable belongs to the enclosing block, a
// walrus inside a comprehension binds in the nearest enclosing function, and a method that uses
// `super` or `__class__` gives its class a __class__ cell.
namespace GilRuntime.Core.Compiler.Symbols;

using GilRuntime.Core.Compiler.Tokenizing;
using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Objects;

public sealed class SymbolTable
{
    private readonly Dictionary<Node, Scope> _blocks = new(ReferenceEqualityComparer.Instance);
    private readonly string _filename;
    private readonly string[]? _lines;
    private Scope _cur = null!;
    private readonly Stack<Scope> _stack = new();
    private string? _private;

    public Scope Top { get; private set; } = null!;

    private SymbolTable(string filename, string? source)
    {
        _filename = filename;
        _lines = source?.Split('\n');
    }

    /// <summary>The block a def, class, lambda, comprehension or module node opened.</summary>
    public Scope Lookup(Node node) => _blocks[node];

    public bool TryLookup(Node node, out Scope scope) => _blocks.TryGetValue(node, out scope!);

    /// <summary>Builds and analyzes the table; raises SyntaxError as CPython's symtable does.</summary>
    public static SymbolTable Build(ModuleRoot root, string filename, string? source = null)
    {
        var st = new SymbolTable(filename, source);
        st.Top = st.Enter("top", BlockKind.Module, root);
        switch (root)
        {
            case Module m: st.VisitBody(m.Body); break;
            case Interactive i: st.VisitBody(i.Body); break;
            case Expression e: st.VisitExpr(e.Body); break;
        }
        st.Exit();
        st.Analyze();
        return st;
    }

    /// <summary>A symtable error: location as attributes only, as CPython's symtable.c raises them.</summary>
    internal PyException Error(string message, Node at) =>
        SyntaxErrors.LocationOnly(message, _filename, at.Lineno, at.ColOffset + 1, at.EndLineno, at.EndColOffset + 1);

    /// <summary>A code generator error at a node (CPython: compiler_error after SET_LOC).</summary>
    internal static PyException MakeError(string message, Node at, string filename, string[]? lines) =>
        SyntaxErrors.Compiler(message, filename, at.Lineno, at.ColOffset, at.EndLineno, at.EndColOffset);

    // ---- blocks ------------------------------------------------------------------------------------

    private Scope Enter(string name, BlockKind kind, Node node)
    {
        var s = new Scope(name, kind, node, _stack.Count > 0 ? _cur : null);
        if (_stack.Count > 0)
        {
            if (_cur.IsNested || _cur.Kind == BlockKind.Function) s.IsNested = true;
            _cur.Children.Add(s);
        }
        s.Private = _private;
        _blocks[node] = s;
        _stack.Push(s);
        _cur = s;
        return s;
    }

    private void Exit()
    {
        _stack.Pop();
        if (_stack.Count > 0) _cur = _stack.Peek();
    }

    public static string Mangle(string? privateName, string name)
    {
        if (privateName is null || !name.StartsWith("__", StringComparison.Ordinal)) return name;
        if (name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.')) return name;
        var stripped = privateName.TrimStart('_');
        if (stripped.Length == 0) return name;
        return "_" + stripped + name;
    }

    private void AddDef(string name, SymbolFlags flag, Node at) => AddDef(name, flag, at, _cur);

    private void AddDef(string name, SymbolFlags flag, Node at, Scope ste)
    {
        var mangled = Mangle(_private, name);
        ste.Symbols.TryGetValue(mangled, out var val);
        if ((flag & SymbolFlags.DefParam) != 0 && (val & SymbolFlags.DefParam) != 0)
            throw Error($"duplicate argument '{name}' in function definition", at);
        val |= flag;
        if (ste.CompIterTarget && ReferenceEquals(ste, _cur))
        {
            if ((val & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0)
                throw Error($"comprehension inner loop cannot rebind assignment expression target '{name}'", at);
            val |= SymbolFlags.DefCompIter;
        }
        ste.Symbols[mangled] = val;
        if ((flag & SymbolFlags.DefParam) != 0) ste.VarNames.Add(mangled);
        else if ((flag & SymbolFlags.DefGlobal) != 0)
        {
            // as CPython: a global declaration anywhere also marks the name in the module's table
            Top.Symbols.TryGetValue(mangled, out var g);
            Top.Symbols[mangled] = g | flag;
        }
    }

    // ---- visitor -----------------------------------------------------------------------------------

    private void VisitBody(List<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitExprs(List<Expr> exprs)
    {
        foreach (var e in exprs) VisitExpr(e);
    }

    private void VisitStmt(Stmt s)
    {
        switch (s)
        {
            case FunctionDef f:
                AddDef(f.Name, SymbolFlags.DefLocal, f);
                VisitDefaults(f.Args);
                VisitAnnotations(f.Args, f.Returns);
                VisitExprs(f.DecoratorList);
                Enter(f.Name, BlockKind.Function, f);
                if (f.IsAsync) _cur.IsCoroutine = true;
                VisitParams(f.Args);
                VisitBody(f.Body);
                Exit();
                break;
            case ClassDef c:
            {
                AddDef(c.Name, SymbolFlags.DefLocal, c);
                VisitExprs(c.Bases);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                VisitExprs(c.DecoratorList);
                var savedPrivate = _private;
                Enter(c.Name, BlockKind.Class, c);
                _private = c.Name;
                _cur.Private = c.Name;
                VisitBody(c.Body);
                _private = savedPrivate;
                Exit();
                break;
            }
            case Return r:
                if (r.Value is not null) { VisitExpr(r.Value); _cur.ReturnsValue = true; }
                break;
            case Delete d: VisitExprs(d.Targets); break;
            case Assign a: VisitExprs(a.Targets); VisitExpr(a.Value); break;
            case AnnAssign an:
                if (an.Target is Name n)
                {
                    var cur = _cur.FlagsOf(Mangle(_private, n.Id));
                    if ((cur & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0 && _cur != Top && an.Simple)
                        throw Error((cur & SymbolFlags.DefGlobal) != 0
                            ? $"annotated name '{n.Id}' can't be global" : $"annotated name '{n.Id}' can't be nonlocal", an);
                    if (an.Simple) AddDef(n.Id, SymbolFlags.DefAnnot | SymbolFlags.DefLocal, n);
                    else if (an.Value is not null) AddDef(n.Id, SymbolFlags.DefLocal, n);
                }
                else VisitExpr(an.Target);
                VisitExpr(an.Annotation);
                if (an.Value is not null) VisitExpr(an.Value);
                break;
            case AugAssign aug: VisitExpr(aug.Target); VisitExpr(aug.Value); break;
            case For fo: VisitExpr(fo.Target); VisitExpr(fo.Iter); VisitBody(fo.Body); VisitBody(fo.OrElse); break;
            case While w: VisitExpr(w.Test); VisitBody(w.Body); VisitBody(w.OrElse); break;
            case If i: VisitExpr(i.Test); VisitBody(i.Body); VisitBody(i.OrElse); break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    if (c.Guard is not null) VisitExpr(c.Guard);
                    VisitBody(c.Body);
                }
                break;
            case Raise ra:
                if (ra.Exc is not null) { VisitExpr(ra.Exc); if (ra.Cause is not null) VisitExpr(ra.Cause); }
                break;
            case Try t:
                VisitBody(t.Body); VisitBody(t.OrElse);
                foreach (var h in t.Handlers)
                {
                    if (h.Type is not null) VisitExpr(h.Type);
                    if (h.Name is not null) AddDef(h.Name, SymbolFlags.DefLocal, h);
                    VisitBody(h.Body);
                }
                VisitBody(t.FinalBody);
                break;
            case Assert asr: VisitExpr(asr.Test); if (asr.Msg is not null) VisitExpr(asr.Msg); break;
            case Import imp: foreach (var al in imp.Names) VisitAlias(al, s); break;
            case ImportFrom imf: foreach (var al in imf.Names) VisitAlias(al, s); break;
            case Global g:
                foreach (var name in g.Names) Directive(name, g, true);
                break;
            case Nonlocal nl:
                foreach (var name in nl.Names) Directive(name, nl, false);
                break;
            case ExprStmt es: VisitExpr(es.Value); break;
            case With w:
                foreach (var item in w.Items)
                {
                    VisitExpr(item.ContextExpr);
                    if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
                }
                VisitBody(w.Body);
                break;
            case Pass or Break or Continue: break;
        }
    }

    private void Directive(string name, Stmt s, bool global)
    {
        var mangled = Mangle(_private, name);
        var cur = _cur.FlagsOf(mangled);
        var kw = global ? "global" : "nonlocal";
        if ((cur & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefAnnot)) != 0)
        {
            string msg;
            if ((cur & SymbolFlags.DefParam) != 0) msg = $"name '{name}' is parameter and {kw}";
            else if ((cur & SymbolFlags.Use) != 0) msg = $"name '{name}' is used prior to {kw} declaration";
            else if ((cur & SymbolFlags.DefAnnot) != 0) msg = $"annotated name '{name}' can't be {kw}";
            else msg = $"name '{name}' is assigned to before {kw} declaration";
            throw Error(msg, s);
        }
        AddDef(name, global ? SymbolFlags.DefGlobal : SymbolFlags.DefNonlocal, s);
        _cur.Directives.TryAdd(mangled, s);
    }

    private void VisitAlias(Alias a, Stmt s)
    {
        var store = a.AsName ?? a.Name;
        var dot = store.IndexOf('.');
        if (dot >= 0) store = store.Substring(0, dot);
        if (a.Name == "*")
        {
            if (_cur.Kind != BlockKind.Module) throw Error("import * only allowed at module level", a);
            return;
        }
        AddDef(store, SymbolFlags.DefImport, a);
    }

    private void VisitDefaults(Arguments a)
    {
        VisitExprs(a.Defaults);
        foreach (var d in a.KwDefaults) if (d is not null) VisitExpr(d);
    }

    private void VisitAnnotations(Arguments a, Expr? returns)
    {
        foreach (var arg in a.PosOnlyArgs) if (arg.Annotation is not null) VisitExpr(arg.Annotation);
        foreach (var arg in a.Args) if (arg.Annotation is not null) VisitExpr(arg.Annotation);
        if (a.VarArg?.Annotation is not null) VisitExpr(a.VarArg.Annotation);
        if (a.KwArg?.Annotation is not null) VisitExpr(a.KwArg.Annotation);
        foreach (var arg in a.KwOnlyArgs) if (arg.Annotation is not null) VisitExpr(arg.Annotation);
        if (returns is not null) VisitExpr(returns);
    }

    private void VisitParams(Arguments a)
    {
        foreach (var arg in a.PosOnlyArgs) AddDef(arg.Name, SymbolFlags.DefParam, arg);
        foreach (var arg in a.Args) AddDef(arg.Name, SymbolFlags.DefParam, arg);
        foreach (var arg in a.KwOnlyArgs) AddDef(arg.Name, SymbolFlags.DefParam, arg);
        if (a.VarArg is not null) { AddDef(a.VarArg.Name, SymbolFlags.DefParam, a.VarArg); _cur.HasVarArgs = true; }
        if (a.KwArg is not null) { AddDef(a.KwArg.Name, SymbolFlags.DefParam, a.KwArg); _cur.HasVarKeywords = true; }
    }

    private void VisitPattern(Pattern p)
    {
        switch (p)
        {
            case MatchValue v: VisitExpr(v.Value); break;
            case MatchSingleton: break;
            case MatchSequence seq: foreach (var q in seq.Patterns) VisitPattern(q); break;
            case MatchStar st: if (st.Name is not null) AddDef(st.Name, SymbolFlags.DefLocal, st); break;
            case MatchAs a:
                if (a.Pattern is not null) VisitPattern(a.Pattern);
                if (a.Name is not null) AddDef(a.Name, SymbolFlags.DefLocal, a);
                break;
            case MatchOr o: foreach (var q in o.Patterns) VisitPattern(q); break;
            case MatchClass c:
                VisitExpr(c.Cls);
                foreach (var q in c.Patterns) VisitPattern(q);
                foreach (var q in c.KwdPatterns) VisitPattern(q);
                break;
            case MatchMapping m:
                VisitExprs(m.Keys);
                foreach (var q in m.Patterns) VisitPattern(q);
                if (m.Rest is not null) AddDef(m.Rest, SymbolFlags.DefLocal, m);
                break;
        }
    }

    private void VisitExpr(Expr e)
    {
        switch (e)
        {
            case NamedExpr ne:
                if (_cur.CompIterExpr > 0)
                    throw Error("assignment expression cannot be used in a comprehension iterable expression", ne);
                if (_cur.IsComprehension) ExtendNamedExprScope((Name)ne.Target);
                VisitExpr(ne.Value);
                VisitExpr(ne.Target);
                break;
            case BoolOp b: VisitExprs(b.Values); break;
            case BinOp bo: VisitExpr(bo.Left); VisitExpr(bo.Right); break;
            case UnaryOp u: VisitExpr(u.Operand); break;
            case Lambda l:
                VisitDefaults(l.Args);
                Enter("lambda", BlockKind.Function, l);
                _cur.IsLambda = true;
                VisitParams(l.Args);
                VisitExpr(l.Body);
                Exit();
                break;
            case IfExp ie: VisitExpr(ie.Test); VisitExpr(ie.Body); VisitExpr(ie.OrElse); break;
            case Dict d:
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (d.Keys[i] is { } k) VisitExpr(k);
                    VisitExpr(d.Values[i]);
                }
                break;
            case Set s: VisitExprs(s.Elts); break;
            case GeneratorExp g: Comprehension(g, "genexpr", g.Generators, g.Elt, null, true); break;
            case ListComp lc: Comprehension(lc, "listcomp", lc.Generators, lc.Elt, null, false); break;
            case SetComp sc: Comprehension(sc, "setcomp", sc.Generators, sc.Elt, null, false); break;
            case DictComp dc: Comprehension(dc, "dictcomp", dc.Generators, dc.Key, dc.Value, false); break;
            case Yield y:
                if (y.Value is not null) VisitExpr(y.Value);
                YieldIn(y);
                break;
            case YieldFrom yf: VisitExpr(yf.Value); YieldIn(yf); break;
            case Await aw: VisitExpr(aw.Value); _cur.IsCoroutine = true; break;
            case Compare c: VisitExpr(c.Left); VisitExprs(c.Comparators); break;
            case Call call:
                VisitExpr(call.Func);
                VisitExprs(call.Args);
                foreach (var k in call.Keywords) VisitExpr(k.Value);
                break;
            case FormattedValue fv:
                VisitExpr(fv.Value);
                if (fv.FormatSpec is not null) VisitExpr(fv.FormatSpec);
                break;
            case JoinedStr js: VisitExprs(js.Values); break;
            case Constant: break;
            case Attribute a: VisitExpr(a.Value); break;
            case Subscript sub: VisitExpr(sub.Value); VisitExpr(sub.Slice); break;
            case Starred st: VisitExpr(st.Value); break;
            case Slice sl:
                if (sl.Lower is not null) VisitExpr(sl.Lower);
                if (sl.Upper is not null) VisitExpr(sl.Upper);
                if (sl.Step is not null) VisitExpr(sl.Step);
                break;
            case Name n:
                AddDef(n.Id, n.Ctx == ExprContext.Load ? SymbolFlags.Use : SymbolFlags.DefLocal, n);
                if (n.Ctx == ExprContext.Load && _cur.Kind == BlockKind.Function && n.Id == "super")
                    AddDef("__class__", SymbolFlags.Use, n);
                break;
            case List l: VisitExprs(l.Elts); break;
            case Tuple t: VisitExprs(t.Elts); break;
        }
    }

    private void YieldIn(Expr e)
    {
        if (_cur.IsComprehension)
        {
            var what = _cur.Name switch
            {
                "<listcomp>" => "list comprehension", "<setcomp>" => "set comprehension",
                "<dictcomp>" => "dict comprehension", _ => "generator expression",
            };
            throw Error($"'yield' inside {what}", e);
        }
        _cur.IsGenerator = true;
    }

    private void ExtendNamedExprScope(Name target)
    {
        var name = target.Id;
        foreach (var ste in _stack) // innermost first
        {
            if (ste.IsComprehension)
            {
                if ((ste.FlagsOf(name) & SymbolFlags.DefCompIter) != 0)
                    throw Error($"assignment expression cannot rebind comprehension iteration variable '{name}'", target);
                continue;
            }
            if (ste.Kind == BlockKind.Function)
            {
                if ((ste.FlagsOf(name) & SymbolFlags.DefGlobal) != 0) AddDef(name, SymbolFlags.DefGlobal, target);
                else AddDef(name, SymbolFlags.DefNonlocal, target);
                _cur.Directives.TryAdd(name, target);
                AddDef(name, SymbolFlags.DefLocal, target, ste);
                return;
            }
            if (ste.Kind == BlockKind.Module)
            {
                AddDef(name, SymbolFlags.DefGlobal, target);
                _cur.Directives.TryAdd(name, target);
                AddDef(name, SymbolFlags.DefGlobal, target, ste);
                return;
            }
            if (ste.Kind == BlockKind.Class)
                throw Error("assignment expression within a comprehension cannot be used in a class body", target);
        }
    }

    private void Comprehension(Expr e, string kind, List<Comprehension> generators, Expr elt, Expr? value, bool isGenerator)
    {
        var outermost = generators[0];
        _cur.CompIterExpr++;
        VisitExpr(outermost.Iter);
        _cur.CompIterExpr--;
        var scope = Enter("<" + kind + ">", BlockKind.Function, e);
        scope.IsComprehension = true;
        if (outermost.IsAsync) scope.IsCoroutine = true;
        if (isGenerator) scope.IsGenerator = true;
        AddDef(".0", SymbolFlags.DefParam, e);
        scope.CompIterTarget = true;
        VisitExpr(outermost.Target);
        scope.CompIterTarget = false;
        VisitExprs(outermost.Ifs);
        for (int i = 1; i < generators.Count; i++)
        {
            var g = generators[i];
            scope.CompIterTarget = true;
            VisitExpr(g.Target);
            scope.CompIterTarget = false;
            scope.CompIterExpr++;
            VisitExpr(g.Iter);
            scope.CompIterExpr--;
            VisitExprs(g.Ifs);
            if (g.IsAsync) scope.IsCoroutine = true;
        }
        if (value is not null) VisitExpr(value);
        VisitExpr(elt);
        Exit();
        // symtable_handle_comprehension: an async list/set/dict comprehension makes the comprehension
        // around it a coroutine too (its call is awaited); outside comprehensions the code generator
        // reports "asynchronous comprehension outside of an asynchronous function".
        if (scope.IsCoroutine && !isGenerator && _cur.IsComprehension) _cur.IsCoroutine = true;
    }

    // ---- analysis ----------------------------------------------------------------------------------

    private void Analyze()
    {
        var free = new HashSet<string>();
        var global = new HashSet<string>();
        AnalyzeBlock(Top, null, free, global);
    }

    private void AnalyzeName(Scope ste, string name, SymbolFlags flags, HashSet<string>? bound,
        HashSet<string> local, HashSet<string> free, HashSet<string> global)
    {
        if ((flags & SymbolFlags.DefGlobal) != 0)
        {
            if ((flags & SymbolFlags.DefNonlocal) != 0)
                throw Error($"name '{name}' is nonlocal and global", DirectiveOf(ste, name));
            ste.Scopes[name] = SymbolScope.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }
        if ((flags & SymbolFlags.DefNonlocal) != 0)
        {
            if (bound is null)
                throw Error("nonlocal declaration not allowed at module level", DirectiveOf(ste, name));
            if (!bound.Contains(name))
                throw Error($"no binding for nonlocal '{name}' found", DirectiveOf(ste, name));
            ste.Scopes[name] = SymbolScope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if ((flags & SymbolFlags.DefBound) != 0)
        {
            ste.Scopes[name] = SymbolScope.Local;
            local.Add(name);
            global.Remove(name);
            return;
        }
        if (bound is not null && bound.Contains(name))
        {
            ste.Scopes[name] = SymbolScope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if (global.Contains(name))
        {
            ste.Scopes[name] = SymbolScope.GlobalImplicit;
            return;
        }
        if (ste.IsNested) ste.HasFree = true;
        ste.Scopes[name] = SymbolScope.GlobalImplicit;
    }

    private Node DirectiveOf(Scope ste, string name) => ste.Directives.TryGetValue(name, out var n) ? n : ste.Node;

    private void AnalyzeBlock(Scope ste, HashSet<string>? bound, HashSet<string> free, HashSet<string> global)
    {
        var local = new HashSet<string>();
        var newGlobal = new HashSet<string>();
        var newFree = new HashSet<string>();
        var newBound = new HashSet<string>();
        if (ste.Kind == BlockKind.Class)
        {
            newGlobal.UnionWith(global);
            if (bound is not null) newBound.UnionWith(bound);
        }
        foreach (var (name, flags) in ste.Symbols) AnalyzeName(ste, name, flags, bound, local, free, global);
        if (ste.Kind != BlockKind.Class)
        {
            if (ste.Kind == BlockKind.Function) newBound.UnionWith(local);
            if (bound is not null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else newBound.Add("__class__");

        var allFree = new HashSet<string>();
        foreach (var child in ste.Children)
        {
            var tb = new HashSet<string>(newBound);
            var tf = new HashSet<string>(newFree);
            var tg = new HashSet<string>(newGlobal);
            AnalyzeBlock(child, tb, tf, tg);
            allFree.UnionWith(tf);
            if (child.HasFree || child.ChildFree) ste.ChildFree = true;
        }
        newFree.UnionWith(allFree);
        if (ste.Kind == BlockKind.Function)
        {
            foreach (var name in ste.Scopes.Keys.ToArray())
                if (ste.Scopes[name] == SymbolScope.Local && newFree.Remove(name)) ste.Scopes[name] = SymbolScope.Cell;
        }
        else if (ste.Kind == BlockKind.Class && newFree.Remove("__class__"))
            ste.NeedsClassClosure = true;

        // update_symbols: free names of children that pass through this block
        foreach (var name in newFree)
        {
            if (ste.Symbols.TryGetValue(name, out var flags))
            {
                if (ste.Kind == BlockKind.Class && (flags & (SymbolFlags.DefBound | SymbolFlags.DefGlobal)) != 0)
                    ste.Symbols[name] = flags | SymbolFlags.DefFreeClass;
                continue;
            }
            if (bound is null || !bound.Contains(name)) continue;
            ste.Symbols[name] = SymbolFlags.DefFree;
            ste.Scopes[name] = SymbolScope.Free;
        }
        free.UnionWith(newFree);
    }
}
