// One block of the symbol table (CPython: PySTEntryObject): a module, class, function, lambda,
// comprehension or generator expression, with the flags of every name it mentions and, after analysis,
// the scope each name resolves to.
namespace GilRuntime.Core.Compiler.Symbols;

using GilRuntime.Core.Compiler.Ast;

public enum BlockKind { Module, Class, Function }

/// <summary>Definition flags of a name in one block (CPython's DEF_* bits).</summary>
[Flags]
public enum SymbolFlags
{
    None = 0,
    DefGlobal = 1,
    DefLocal = 2,
    DefParam = 4,
    DefNonlocal = 8,
    Use = 16,
    DefFree = 32,
    DefFreeClass = 64,
    DefImport = 128,
    DefAnnot = 256,
    DefCompIter = 512,
    DefBound = DefLocal | DefParam | DefImport,
}

/// <summary>Where a name lives (CPython's LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL).</summary>
public enum SymbolScope { Unknown = 0, Local = 1, GlobalExplicit = 2, GlobalImplicit = 3, Free = 4, Cell = 5 }

public sealed class Scope
{
    public Scope(string name, BlockKind kind, Node node, Scope? parent)
    {
        Name = name; Kind = kind; Node = node; Parent = parent;
    }

    public string Name { get; }
    public BlockKind Kind { get; }
    public Node Node { get; }
    public Scope? Parent { get; }
    /// <summary>Flags of each name, in order of first mention.</summary>
    public Dictionary<string, SymbolFlags> Symbols { get; } = new();
    /// <summary>Resolved scope of each name (filled by the analysis).</summary>
    public Dictionary<string, SymbolScope> Scopes { get; } = new();
    /// <summary>Parameters in co_varnames order (posonly, args, kwonly, *args, **kwargs).</summary>
    public List<string> VarNames { get; } = new();
    public List<Scope> Children { get; } = new();
    /// <summary>Location of each global/nonlocal directive, for error messages.</summary>
    internal Dictionary<string, Node> Directives { get; } = new();

    public bool IsNested { get; internal set; }
    public bool IsGenerator { get; internal set; }
    public bool IsCoroutine { get; internal set; }
    public bool HasVarArgs { get; internal set; }
    public bool HasVarKeywords { get; internal set; }
    public bool ChildFree { get; internal set; }
    public bool HasFree { get; internal set; }
    public bool ReturnsValue { get; internal set; }
    /// <summary>A class block whose methods use <c>__class__</c> or <c>super</c>: it gets a __class__ cell.</summary>
    public bool NeedsClassClosure { get; internal set; }
    /// <summary>Set for comprehensions and generator expressions.</summary>
    public bool IsComprehension { get; internal set; }
    public bool IsLambda { get; internal set; }
    /// <summary>The class name used for private-name mangling inside this block, if any.</summary>
    public string? Private { get; internal set; }
    internal int CompIterExpr { get; set; }
    internal bool CompIterTarget { get; set; }

    public SymbolFlags FlagsOf(string name) => Symbols.TryGetValue(name, out var f) ? f : SymbolFlags.None;

    public SymbolScope ScopeOf(string name) => Scopes.TryGetValue(name, out var s) ? s : SymbolScope.Unknown;

    public override string ToString() => $"{Kind} {Name}";
}
