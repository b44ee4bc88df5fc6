// CPython 3.11's superinstructions: one dispatch for two common neighbours, with CPython's numbers.
// The code generator never emits them, and co_code, dis and code.replace never see them. CodeObject.Decode
// writes them into the decoded copy the eval loop runs, as CPython 3.11's _PyCode_Quicken does.
//
// Only the first instruction of a pair is rewritten. The second stays in place for any jump that lands on
// it, and the superinstruction runs both and then skips it. Pairing looks at the original opcodes, so a
// run of three LOAD_FASTs becomes LOAD_FAST__LOAD_FAST, LOAD_FAST__LOAD_FAST, LOAD_FAST, again as in CPython.
// An EXTENDED_ARG between two instructions keeps them apart: the second operand is always its word's
// own argument.
namespace GilRuntime.Core.Bytecode;

internal static class Superinstructions
{
    // Not members of OpCode: they never appear in co_code, so OpCodeInfo and the disassembler do not list them.
    public const OpCode LOAD_CONST__LOAD_FAST = (OpCode)44;
    public const OpCode LOAD_FAST__LOAD_CONST = (OpCode)45;
    public const OpCode LOAD_FAST__LOAD_FAST = (OpCode)46;
    public const OpCode STORE_FAST__LOAD_FAST = (OpCode)161;
    public const OpCode STORE_FAST__STORE_FAST = (OpCode)167;

    /// <summary>Rewrites the first instruction of every pair in <paramref name="decoded"/> (opcode | arg &lt;&lt; 8 words).</summary>
    public static void Quicken(int[] decoded)
    {
        var previous = (OpCode)0;
        for (int i = 0; i < decoded.Length; i++)
        {
            var op = (OpCode)(byte)decoded[i];
            OpCode pair = (previous, op) switch
            {
                (OpCode.LOAD_FAST, OpCode.LOAD_FAST) => LOAD_FAST__LOAD_FAST,
                (OpCode.STORE_FAST, OpCode.LOAD_FAST) => STORE_FAST__LOAD_FAST,
                (OpCode.LOAD_CONST, OpCode.LOAD_FAST) => LOAD_CONST__LOAD_FAST,
                (OpCode.STORE_FAST, OpCode.STORE_FAST) => STORE_FAST__STORE_FAST,
                (OpCode.LOAD_FAST, OpCode.LOAD_CONST) => LOAD_FAST__LOAD_CONST,
                _ => 0,
            };
            if (pair != 0) decoded[i - 1] = (decoded[i - 1] & ~0xFF) | (byte)pair;
            previous = op;
        }
    }
}
