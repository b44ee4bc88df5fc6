// A compiled block: the static half of execution (the Frame is the dynamic half). Fields and names are
// CPython 3.11's co_* so that `code.co_varnames` and friends read the same.
//
// Layout of a frame's localsplus array, fixed by the code object:
//   [0, nlocals)                        fast locals (co_varnames; arguments first)
//   [nlocals, nlocals+ncells)           cells (co_cellvars)
//   [.., +nfree)                        free variables (co_freevars), copied in by COPY_FREE_VARS
//   [NLocalsPlus, NLocalsPlus+stacksize) the value stack
// A cell variable that is also an argument occupies both a local slot and a cell slot, and MAKE_CELL
// moves the argument's value into the cell on entry (as CPython 3.11 does).
namespace GilRuntime.Core.Bytecode;

using GilRuntime.Core.Objects;

/// <summary>One row of co_exceptiontable, in code units (instruction indexes).</summary>
/// <param name="Start">first covered instruction</param>
/// <param name="End">one past the last covered instruction</param>
/// <param name="Target">handler instruction</param>
/// <param name="Depth">stack depth to unwind to before pushing the exception</param>
/// <param name="Lasti">push the offset of the raising instruction before the exception</param>
public readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth, bool Lasti);

/// <summary>Source span of one instruction (co_positions); Line -1 means "no position" (a module's RESUME
/// is on line 0, as in CPython). Columns are 0-based; -1 when unknown.</summary>
public readonly record struct SourcePosition(int Line, int EndLine, int Column, int EndColumn);

public sealed partial class CodeObject : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("code", typeof(CodeObject));
    public override PyType Type => TypeObject;

    /// <summary>Word-code: pairs of (opcode, arg) bytes, with EXTENDED_ARG prefixes for args over 255.</summary>
    public required byte[] co_code { get; init; }
    public required PyObject[] co_consts { get; init; }
    /// <summary>Global, attribute and imported names, interned.</summary>
    public required PyStr[] co_names { get; init; }
    /// <summary>Local variable names, arguments first.</summary>
    public required string[] co_varnames { get; init; }
    public required string[] co_cellvars { get; init; }
    public required string[] co_freevars { get; init; }
    public required int co_argcount { get; init; }
    public required int co_posonlyargcount { get; init; }
    public required int co_kwonlyargcount { get; init; }
    public required int co_stacksize { get; init; }
    public required CodeFlags co_flags { get; init; }
    public required string co_filename { get; init; }
    public required string co_name { get; init; }
    public required string co_qualname { get; init; }
    public required int co_firstlineno { get; init; }
    /// <summary>One entry per code unit (co_code.Length / 2); EXTENDED_ARG units repeat their instruction's.</summary>
    public required SourcePosition[] Positions { get; init; }
    public required ExceptionTableEntry[] ExceptionTable { get; init; }
    /// <summary>For each cell in co_cellvars, the index of the argument it shadows, or -1.</summary>
    public required int[] Cell2Arg { get; init; }

    public int co_nlocals => co_varnames.Length;
    public int NCells => co_cellvars.Length;
    public int NFree => co_freevars.Length;
    /// <summary>Size of the locals+cells+free part of a frame's localsplus array.</summary>
    public int NLocalsPlus => co_varnames.Length + co_cellvars.Length + co_freevars.Length;
    /// <summary>Instruction count in code units.</summary>
    public int CodeUnits => co_code.Length / 2;

    /// <summary>The line of the instruction at code unit <paramref name="index"/> (co_lines), or -1.</summary>
    public int LineAt(int index) =>
        (uint)index < (uint)Positions.Length && Positions[index].Line > 0 ? Positions[index].Line : -1;

    public override string Repr() =>
        $"<code object {co_name} at {Ops.IdHex(this)}, file \"{co_filename}\", line {co_firstlineno}>";
}
