// The eval loop's per-code-object caches: co_code decoded once into one int per code unit
// (opcode | arg << 8, EXTENDED_ARG prefixes folded into the instruction they extend), so dispatch
// reads one array element per instruction and never re-assembles arguments.
namespace GilRuntime.Core.Bytecode;

using System.Runtime.CompilerServices;

public sealed partial class CodeObject
{
    private int[]? _decoded;

    /// <summary>One entry per code unit; an EXTENDED_ARG unit keeps its own opcode (executed as a no-op).</summary>
    internal int[] Decoded
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _decoded ?? Decode();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int[] Decode()
    {
        var code = co_code;
        var result = new int[code.Length / 2];
        int ext = 0;
        for (int i = 0; i < result.Length; i++)
        {
            int op = code[2 * i], arg = code[2 * i + 1] | ext;
            if (op == (int)OpCode.EXTENDED_ARG)
            {
                ext = arg << 8;
                result[i] = op;
            }
            else
            {
                ext = 0;
                result[i] = op | (arg << 8);
            }
        }
        _decoded = result;
        return result;
    }

    /// <summary>The handler covering instruction <paramref name="index"/>, or null (co_exceptiontable lookup).</summary>
    internal ExceptionTableEntry? FindHandler(int index)
    {
        foreach (var e in ExceptionTable)
            if (index >= e.Start && index < e.End) return e;
        return null;
    }

    /// <summary>The name of a cell or free variable by its index in cellvars+freevars.</summary>
    internal string DerefName(int i) => i < co_cellvars.Length ? co_cellvars[i] : co_freevars[i - co_cellvars.Length];
}
