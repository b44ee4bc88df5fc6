// The state of one code object being compiled (CPython 3.11: struct compiler_unit): its symbol-table
// block, constant and name tables, the blocks of its control-flow graph, and the stack of frame blocks
// (loops, try, with, handlers) that break/continue/return must unwind.
namespace GilRuntime.Core.Compiler.CodeGen;

using System.Globalization;
using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Compiler.Symbols;
using GilRuntime.Core.Objects;

internal enum UnitKind { Module, Class, Function, AsyncFunction, Lambda, Comprehension }

internal enum FBlockKind
{
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue,
    ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator,
}

internal sealed class FBlock
{
    public FBlockKind Kind;
    public BasicBlock? Block;
    public BasicBlock? Exit;
    /// <summary>FinallyTry: the finally body; With: the with statement; HandlerCleanup: the bound name.</summary>
    public object? Datum;
}

internal sealed class CompilerUnit
{
    public CompilerUnit(Scope scope, UnitKind kind, string name, int firstLineno)
    {
        Scope = scope; Kind = kind; Name = name; FirstLineno = firstLineno;
        Private = scope.Private;
        Entry = new BasicBlock();
        AllBlocks.Add(Entry);
        Current = Entry;
        foreach (var v in scope.VarNames) VarIndex(v);

        // co_cellvars: the names resolved as CELL, sorted as CPython's dictbytype does; a class that
        // needs a __class__ cell has just that one.
        // Arguments that are cells come first, in argument order (they keep their local slot in
        // CPython 3.11's localsplus), then the other cells sorted.
        var cells = new List<string>();
        foreach (var v in scope.VarNames) if (scope.ScopeOf(v) == SymbolScope.Cell) cells.Add(v);
        var others = new List<string>();
        foreach (var (n, s) in scope.Scopes)
            if (s == SymbolScope.Cell && !scope.VarNames.Contains(n)) others.Add(n);
        others.Sort(string.CompareOrdinal);
        cells.AddRange(others);
        if (scope.NeedsClassClosure) cells.Insert(0, "__class__");
        CellVars = cells;
        var frees = new List<string>();
        foreach (var (n, s) in scope.Scopes)
            if (s == SymbolScope.Free || (scope.FlagsOf(n) & SymbolFlags.DefFreeClass) != 0) frees.Add(n);
        frees.Sort(string.CompareOrdinal);
        FreeVars = frees;
    }

    public readonly Scope Scope;
    public readonly UnitKind Kind;
    public readonly string Name;
    public string QualName = "";
    public readonly int FirstLineno;
    public string? Private;

    public readonly List<PyObject> Consts = new();
    private readonly Dictionary<string, int> _constIndex = new();
    public readonly List<string> Names = new();
    private readonly Dictionary<string, int> _nameIndex = new();
    public readonly List<string> VarNames = new();
    private readonly Dictionary<string, int> _varIndex = new();
    public readonly List<string> CellVars;
    public readonly List<string> FreeVars;

    public int ArgCount, PosOnlyArgCount, KwOnlyArgCount;

    public readonly BasicBlock Entry;
    public readonly List<BasicBlock> AllBlocks = new();
    public BasicBlock Current;
    public readonly List<FBlock> FBlocks = new();
    public Loc Loc;

    public BasicBlock NewBlock()
    {
        var b = new BasicBlock();
        AllBlocks.Add(b);
        return b;
    }

    /// <summary>Makes <paramref name="b"/> the current block, laid out right after the current one.</summary>
    public void UseNext(BasicBlock b)
    {
        Current.Next = b;
        Current = b;
    }

    public void Emit(int op, int arg = 0, BasicBlock? target = null) => Add(new Instr(op, arg, target, Loc));

    public void EmitNoLine(int op, int arg = 0, BasicBlock? target = null) => Add(new Instr(op, arg, target, Loc.None));

    // A jump always ends its block (the fall-through path starts a new one), as CPython's CFG requires.
    // A return ends its block too, but the next block is only started when something follows
    // (CPython 3.11's compiler_return has no NEXT_BLOCK): a body ending in `return` then ends in a
    // block that returns, and no implicit `return None` (nor its None constant) is added.
    private void Add(Instr i)
    {
        if (Current.Instrs.Count > 0 && Current.Instrs[^1].Op == (int)OpCode.RETURN_VALUE) UseNext(NewBlock());
        Current.Instrs.Add(i);
        if (i.Target is not null && !Pseudo.IsBlockPush(i.Op)) UseNext(NewBlock());
    }

    public int AddConst(PyObject value)
    {
        var key = ConstKey(value);
        if (key is null) { Consts.Add(value); return Consts.Count - 1; }
        if (_constIndex.TryGetValue(key, out var i)) return i;
        Consts.Add(value);
        _constIndex[key] = Consts.Count - 1;
        return Consts.Count - 1;
    }

    public int NameIndex(string name)
    {
        if (_nameIndex.TryGetValue(name, out var i)) return i;
        Names.Add(name);
        _nameIndex[name] = Names.Count - 1;
        return Names.Count - 1;
    }

    public int VarIndex(string name)
    {
        if (_varIndex.TryGetValue(name, out var i)) return i;
        VarNames.Add(name);
        _varIndex[name] = VarNames.Count - 1;
        return VarNames.Count - 1;
    }

    public int CellIndex(string name)
    {
        var i = CellVars.IndexOf(name);
        return i;
    }

    public int FreeIndex(string name)
    {
        var i = FreeVars.IndexOf(name);
        return i < 0 ? -1 : CellVars.Count + i;
    }

    /// <summary>A key under which equal constants are merged (CPython: _PyCode_ConstantKey); null = never merged.</summary>
    public static string? ConstKey(PyObject o)
    {
        switch (o)
        {
            case PyNone: return "N";
            case PyEllipsis: return "E";
            case PyBool b: return b.Value != 0 ? "T" : "F";
            case PyInt i: return "i" + i.ToBigInteger().ToString(CultureInfo.InvariantCulture);
            case PyFloat f: return "f" + BitConverter.DoubleToInt64Bits(f.Value).ToString(CultureInfo.InvariantCulture);
            case PyComplex c:
                return "c" + BitConverter.DoubleToInt64Bits(c.Real).ToString(CultureInfo.InvariantCulture) + ","
                    + BitConverter.DoubleToInt64Bits(c.Imag).ToString(CultureInfo.InvariantCulture);
            case PyStr s: return "s" + s.Value;
            case PyBytes by: return "b" + Convert.ToHexString(by.Value);
            case PyTuple t:
            {
                var sb = new System.Text.StringBuilder("t(");
                foreach (var item in t.Items)
                {
                    var k = ConstKey(item);
                    if (k is null) return null;
                    sb.Append(k.Length).Append(':').Append(k);
                }
                return sb.Append(')').ToString();
            }
            case PyFrozenSet fs:
            {
                var keys = new List<string>();
                foreach (var item in fs.Keys())
                {
                    var k = ConstKey(item);
                    if (k is null) return null;
                    keys.Add(k.Length + ":" + k);
                }
                keys.Sort(string.CompareOrdinal);
                return "z(" + string.Concat(keys) + ")";
            }
            default: return null;
        }
    }
}
