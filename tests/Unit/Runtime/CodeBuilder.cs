// Hand-assembles CodeObjects for VM tests that must not depend on the compiler: instructions with
// symbolic jump labels, EXTENDED_ARG for large arguments, and per-instruction source positions.
namespace GilRuntime.Unit.Runtime;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;

internal sealed class CodeBuilder
{
    private readonly List<(OpCode Op, int Arg, string? Label, SourcePosition Pos)> _ins = [];
    private readonly Dictionary<string, int> _labels = [];
    private readonly List<(string Start, string End, string Target, int Depth, bool Lasti)> _handlers = [];
    private SourcePosition _pos = new(1, 1, 0, 0);

    public List<PyObject> Consts { get; } = [];
    public List<string> Names { get; } = [];
    public string[] VarNames { get; set; } = [];
    public string[] CellVars { get; set; } = [];
    public string[] FreeVars { get; set; } = [];
    public int ArgCount { get; set; }
    public int PosOnly { get; set; }
    public int KwOnly { get; set; }
    public CodeFlags Flags { get; set; } = CodeFlags.Optimized | CodeFlags.NewLocals;
    public string Name { get; set; } = "<module>";
    public string? QualName { get; set; }
    public string FileName { get; set; } = "<test>";
    public int[] Cell2Arg { get; set; } = [];

    public CodeBuilder At(int line, int col, int endCol, int endLine = 0)
    {
        _pos = new SourcePosition(line, endLine == 0 ? line : endLine, col, endCol);
        return this;
    }

    public CodeBuilder Op(OpCode op, int arg = 0)
    {
        _ins.Add((op, arg, null, _pos));
        return this;
    }

    public CodeBuilder Jump(OpCode op, string label)
    {
        _ins.Add((op, 0, label, _pos));
        return this;
    }

    public CodeBuilder Label(string name)
    {
        _labels[name] = _ins.Count;
        return this;
    }

    public CodeBuilder Handler(string start, string end, string target, int depth, bool lasti = false)
    {
        _handlers.Add((start, end, target, depth, lasti));
        return this;
    }

    public int Const(PyObject value)
    {
        Consts.Add(value);
        return Consts.Count - 1;
    }

    public int Name_(string name)
    {
        int i = Names.IndexOf(name);
        if (i >= 0) return i;
        Names.Add(name);
        return Names.Count - 1;
    }

    public CodeBuilder LoadConst(PyObject value) => Op(OpCode.LOAD_CONST, Const(value));
    public CodeBuilder LoadGlobal(string name, bool pushNull = false) => Op(OpCode.LOAD_GLOBAL, (Name_(name) << 1) | (pushNull ? 1 : 0));

    public CodeObject Build()
    {
        // Every instruction gets one code unit per EXTENDED_ARG it needs; iterate until sizes settle.
        var sizes = new int[_ins.Count];
        for (int i = 0; i < sizes.Length; i++) sizes[i] = 1;
        int[] offsets;
        while (true)
        {
            offsets = new int[_ins.Count + 1];
            for (int i = 0; i < _ins.Count; i++) offsets[i + 1] = offsets[i] + sizes[i];
            bool changed = false;
            for (int i = 0; i < _ins.Count; i++)
            {
                int arg = ArgOf(i, offsets, sizes);
                int need = arg > 0xFFFFFF ? 4 : arg > 0xFFFF ? 3 : arg > 0xFF ? 2 : 1;
                if (need != sizes[i]) { sizes[i] = need; changed = true; }
            }
            if (!changed) break;
        }
        var code = new List<byte>();
        var positions = new List<SourcePosition>();
        for (int i = 0; i < _ins.Count; i++)
        {
            int arg = ArgOf(i, offsets, sizes);
            for (int s = sizes[i] - 1; s >= 1; s--)
            {
                code.Add((byte)OpCode.EXTENDED_ARG);
                code.Add((byte)(arg >> (8 * s)));
                positions.Add(_ins[i].Pos);
            }
            code.Add((byte)_ins[i].Op);
            code.Add((byte)arg);
            positions.Add(_ins[i].Pos);
        }
        var table = new List<ExceptionTableEntry>();
        foreach (var h in _handlers)
            table.Add(new ExceptionTableEntry(offsets[_labels[h.Start]], offsets[_labels[h.End]], offsets[_labels[h.Target]], h.Depth, h.Lasti));
        var cell2arg = Cell2Arg.Length == CellVars.Length ? Cell2Arg : Enumerable.Repeat(-1, CellVars.Length).ToArray();
        return new CodeObject
        {
            co_code = [.. code],
            co_consts = [.. Consts],
            co_names = Names.Select(PyStr.Intern).ToArray(),
            co_varnames = VarNames,
            co_cellvars = CellVars,
            co_freevars = FreeVars,
            co_argcount = ArgCount,
            co_posonlyargcount = PosOnly,
            co_kwonlyargcount = KwOnly,
            co_stacksize = 16,
            co_flags = Flags,
            co_filename = FileName,
            co_name = Name,
            co_qualname = QualName ?? Name,
            co_firstlineno = 1,
            Positions = [.. positions],
            ExceptionTable = [.. table],
            Cell2Arg = cell2arg,
        };
    }

    private int ArgOf(int i, int[] offsets, int[] sizes)
    {
        var ins = _ins[i];
        if (ins.Label is null) return ins.Arg;
        int target = offsets[_labels[ins.Label]];
        int next = offsets[i + 1];
        return target >= next ? target - next : next - target;
    }
}
