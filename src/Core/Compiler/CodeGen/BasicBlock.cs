// The control-flow graph the code generator builds and the assembler flattens (CPython 3.11:
// basicblock and struct instr in compile.c). Instructions carry pseudo opcodes above 255 while the
// graph is being built: SETUP_* / POP_BLOCK mark the ranges of exception handlers (turned into the
// exception table), JUMP and POP_JUMP_IF_* are direction-free jumps (made FORWARD/BACKWARD once the
// block order is final).
namespace GilRuntime.Core.Compiler.CodeGen;

using GilRuntime.Core.Bytecode;

internal static class Pseudo
{
    public const int SetupFinally = 256;
    public const int SetupCleanup = 257;
    public const int SetupWith = 258;
    public const int PopBlock = 259;
    public const int Jump = 260;
    public const int JumpNoInterrupt = 261;
    public const int PopJumpIfFalse = 262;
    public const int PopJumpIfTrue = 263;
    public const int PopJumpIfNone = 264;
    public const int PopJumpIfNotNone = 265;

    public static bool IsBlockPush(int op) => op is SetupFinally or SetupCleanup or SetupWith;

    public static bool IsJump(int op) => op is >= Jump and <= PopJumpIfNotNone
        || (op < 256 && OpCodeInfo.Get((OpCode)op).IsJump);

    public static bool IsUnconditionalJump(int op) => op is Jump or JumpNoInterrupt
        or (int)OpCode.JUMP_FORWARD or (int)OpCode.JUMP_BACKWARD or (int)OpCode.JUMP_BACKWARD_NO_INTERRUPT;

    public static bool IsScopeExit(int op) => op is (int)OpCode.RETURN_VALUE or (int)OpCode.RAISE_VARARGS or (int)OpCode.RERAISE;

    public static int StackEffect(int op, int arg, bool jump) => op switch
    {
        SetupFinally => jump ? 1 : 0,
        SetupCleanup => jump ? 2 : 0,
        SetupWith => jump ? 1 : 0,
        PopBlock or Jump or JumpNoInterrupt => 0,
        PopJumpIfFalse or PopJumpIfTrue or PopJumpIfNone or PopJumpIfNotNone => -1,
        _ => OpCodeInfo.StackEffect((OpCode)op, arg, jump),
    };
}

/// <summary>A source span; Line -1 means "no location" (an artificial instruction).</summary>
internal readonly record struct Loc(int Line, int EndLine, int Col, int EndCol)
{
    public static readonly Loc None = new(-1, -1, -1, -1);
}

internal struct Instr
{
    public int Op;
    public int Arg;
    public BasicBlock? Target;
    public Loc Loc;
    /// <summary>Handler in force for this instruction (set by the exception-target pass).</summary>
    public BasicBlock? Except;

    public Instr(int op, int arg, BasicBlock? target, Loc loc)
    {
        Op = op; Arg = arg; Target = target; Loc = loc; Except = null;
    }
}

internal sealed class BasicBlock
{
    public readonly List<Instr> Instrs = new();
    /// <summary>The next block in layout order (the fall-through successor).</summary>
    public BasicBlock? Next;
    public int Predecessors;
    public bool Visited;
    public int StartDepth = int.MinValue;
    public bool PreserveLasti;
    public bool IsHandler;
    public bool Warm, Cold;
    public int Offset;
    public Stack<BasicBlock>? ExceptStack;

    public int Count => Instrs.Count;
    public bool IsEmpty => Instrs.Count == 0;
    public Instr Last => Instrs[^1];

    public bool HasFallthrough
    {
        get
        {
            if (Instrs.Count == 0) return true;
            var op = Instrs[^1].Op;
            return !Pseudo.IsUnconditionalJump(op) && !Pseudo.IsScopeExit(op);
        }
    }

    public bool ExitsScope => Instrs.Count > 0 && Pseudo.IsScopeExit(Instrs[^1].Op);

    public bool HasLineno
    {
        get
        {
            foreach (var i in Instrs) if (i.Loc.Line >= 0) return true;
            return false;
        }
    }
}
