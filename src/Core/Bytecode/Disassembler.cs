// The one disassembler (CPython: Lib/dis.py): prints a code object and, recursively, the code objects
// among its constants, in exactly the layout `python3.11 -m dis` uses (without CACHE entries, which
// gilrun does not have; offsets are therefore gilrun's own).
namespace GilRuntime.Core.Bytecode;

using System.Globalization;
using System.Text;
using GilRuntime.Core.Objects;

public static class Disassembler
{
    private const int OpNameWidth = 20;
    private const int OpArgWidth = 5;
    private static readonly string[] s_makeFunctionFlags = ["defaults", "kwdefaults", "annotations", "closure"];
    private static readonly string[] s_converters = ["", "str", "repr", "ascii"];

    /// <summary>Disassembles <paramref name="code"/> and every nested code object, like `python3 -m dis`.</summary>
    public static void Disassemble(CodeObject code, TextWriter output)
    {
        DisassembleOne(code, output);
        foreach (var c in code.co_consts)
        {
            if (c is CodeObject inner)
            {
                output.Write('\n');
                output.Write("Disassembly of " + inner.Repr() + ":\n");
                Disassemble(inner, output);
            }
        }
    }

    /// <summary>One decoded instruction: offset in bytes, opcode, full argument (EXTENDED_ARG applied).</summary>
    public readonly record struct Instruction(int Offset, OpCode Op, int Arg, bool HasArg);

    /// <summary>Decodes co_code the way dis._unpack_opargs does (EXTENDED_ARG units are instructions too).</summary>
    public static List<Instruction> Decode(CodeObject code)
    {
        var list = new List<Instruction>();
        var bytes = code.co_code;
        var ext = 0;
        for (int i = 0; i < bytes.Length; i += 2)
        {
            var op = (OpCode)bytes[i];
            var hasArg = bytes[i] >= 90;
            var arg = hasArg ? bytes[i + 1] | ext : 0;
            ext = op == OpCode.EXTENDED_ARG ? arg << 8 : 0;
            list.Add(new Instruction(i, op, arg, hasArg));
        }
        return list;
    }

    private static void DisassembleOne(CodeObject code, TextWriter output)
    {
        var instrs = Decode(code);
        // line starts (dis.findlinestarts over co_lines)
        var starts = new Dictionary<int, int>();
        var lastLine = int.MinValue;
        var maxLine = -1;
        for (int u = 0; u < code.Positions.Length; u++)
        {
            var line = code.Positions[u].Line;
            if (line < 0 || line == lastLine) continue;
            lastLine = line;
            starts[u * 2] = line;
            if (line > maxLine) maxLine = line;
        }
        var showLineno = starts.Count > 0;
        var linenoWidth = showLineno ? (maxLine >= 1000 ? maxLine.ToString(CultureInfo.InvariantCulture).Length : 3) : 0;
        var maxOffset = code.co_code.Length - 2;
        var offsetWidth = maxOffset >= 10000 ? maxOffset.ToString(CultureInfo.InvariantCulture).Length : 4;

        var labels = new HashSet<int>();
        foreach (var ins in instrs)
        {
            var info = OpCodeInfo.Get(ins.Op);
            if (info.Arg == ArgKind.JumpForward) labels.Add(ins.Offset + 2 + ins.Arg * 2);
            else if (info.Arg == ArgKind.JumpBackward) labels.Add(ins.Offset + 2 - ins.Arg * 2);
        }
        foreach (var e in code.ExceptionTable) if (e.End > e.Start) labels.Add(e.Target * 2);

        var sb = new StringBuilder();
        foreach (var ins in instrs)
        {
            var hasStart = starts.TryGetValue(ins.Offset, out var line);
            if (showLineno && hasStart && ins.Offset > 0) output.Write('\n');
            sb.Clear();
            if (linenoWidth > 0)
            {
                if (hasStart) sb.Append(line.ToString(CultureInfo.InvariantCulture).PadLeft(linenoWidth));
                else sb.Append(' ', linenoWidth);
                sb.Append(' ');
            }
            sb.Append("   ").Append(' ');
            sb.Append(labels.Contains(ins.Offset) ? ">>" : "  ").Append(' ');
            sb.Append(ins.Offset.ToString(CultureInfo.InvariantCulture).PadLeft(offsetWidth)).Append(' ');
            var info = OpCodeInfo.IsDefined((byte)ins.Op) ? OpCodeInfo.Get(ins.Op) : new OpCodeInfo("<" + (int)ins.Op + ">", ArgKind.Raw);
            sb.Append(info.Name.PadRight(OpNameWidth));
            if (ins.HasArg)
            {
                sb.Append(' ').Append(ins.Arg.ToString(CultureInfo.InvariantCulture).PadLeft(OpArgWidth));
                var argrepr = ArgRepr(code, ins, info);
                if (argrepr.Length > 0) sb.Append(" (").Append(argrepr).Append(')');
            }
            output.Write(sb.ToString().TrimEnd());
            output.Write('\n');
        }
        if (code.ExceptionTable.Length > 0)
        {
            output.Write("ExceptionTable:\n");
            foreach (var e in code.ExceptionTable)
            {
                output.Write(string.Create(CultureInfo.InvariantCulture,
                    $"  {e.Start * 2} to {e.End * 2 - 2} -> {e.Target * 2} [{e.Depth}]{(e.Lasti ? " lasti" : "")}\n"));
            }
        }
    }

    private static string ArgRepr(CodeObject code, Instruction ins, OpCodeInfo info)
    {
        var arg = ins.Arg;
        switch (info.Arg)
        {
            case ArgKind.Const:
                if (ins.Op == OpCode.KW_NAMES) return ""; // 3.11's dis does not resolve it
                return (uint)arg < (uint)code.co_consts.Length ? Ops.Repr(code.co_consts[arg]) : "";
            case ArgKind.Name:
                return (uint)arg < (uint)code.co_names.Length ? code.co_names[arg].Value : "";
            case ArgKind.Global:
                if ((uint)(arg >> 1) >= (uint)code.co_names.Length) return "";
                return ((arg & 1) != 0 ? "NULL + " : "") + code.co_names[arg >> 1].Value;
            case ArgKind.JumpForward:
                return "to " + (ins.Offset + 2 + arg * 2).ToString(CultureInfo.InvariantCulture);
            case ArgKind.JumpBackward:
                return "to " + (ins.Offset + 2 - arg * 2).ToString(CultureInfo.InvariantCulture);
            case ArgKind.Local:
                return (uint)arg < (uint)code.co_varnames.Length ? code.co_varnames[arg] : "";
            case ArgKind.Free:
                if (arg < code.co_cellvars.Length) return code.co_cellvars[arg];
                return arg - code.co_cellvars.Length < code.co_freevars.Length ? code.co_freevars[arg - code.co_cellvars.Length] : "";
            case ArgKind.Compare:
                return (uint)arg < (uint)OpCodeInfo.CompareOpNames.Length ? OpCodeInfo.CompareOpNames[arg] : "";
            case ArgKind.BinaryOp:
                return (uint)arg < (uint)OpCodeInfo.BinaryOpNames.Length ? OpCodeInfo.BinaryOpNames[arg] : "";
        }
        switch (ins.Op)
        {
            case OpCode.FORMAT_VALUE:
            {
                var r = s_converters[arg & 3];
                if ((arg & 4) != 0) r = r.Length > 0 ? r + ", with format" : "with format";
                return r;
            }
            case OpCode.MAKE_FUNCTION:
            {
                var parts = new List<string>();
                for (int i = 0; i < 4; i++) if ((arg & (1 << i)) != 0) parts.Add(s_makeFunctionFlags[i]);
                return string.Join(", ", parts);
            }
        }
        return "";
    }
}
