// A complete text form of a code object (every co_* field, positions, exception table, constants with
// their exact types and bits, nested code objects), so two code objects are equal iff their dumps are.
namespace GilRuntime.Unit.Bytecode;

using System.Globalization;
using System.Text;
using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;

public static class CodeDump
{
    public static string Dump(CodeObject code)
    {
        var sb = new StringBuilder();
        Append(sb, code, "");
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, CodeObject c, string indent)
    {
        sb.Append(indent).Append("code ").Append(c.co_qualname).Append(" name=").Append(c.co_name)
          .Append(" file=").Append(c.co_filename).Append(" first=").Append(c.co_firstlineno)
          .Append(" args=").Append(c.co_argcount).Append('/').Append(c.co_posonlyargcount).Append('/').Append(c.co_kwonlyargcount)
          .Append(" stack=").Append(c.co_stacksize).Append(" flags=").Append((int)c.co_flags).Append('\n');
        sb.Append(indent).Append("code=").Append(Convert.ToHexString(c.co_code)).Append('\n');
        sb.Append(indent).Append("names=").Append(string.Join(",", c.co_names.Select(n => Escape(n.Value)))).Append('\n');
        sb.Append(indent).Append("varnames=").Append(string.Join(",", c.co_varnames)).Append(" cellvars=")
          .Append(string.Join(",", c.co_cellvars)).Append(" freevars=").Append(string.Join(",", c.co_freevars))
          .Append(" cell2arg=").Append(string.Join(",", c.Cell2Arg)).Append('\n');
        sb.Append(indent).Append("positions=");
        foreach (var p in c.Positions) sb.Append(p.Line).Append(':').Append(p.EndLine).Append(':').Append(p.Column).Append(':').Append(p.EndColumn).Append(' ');
        sb.Append('\n').Append(indent).Append("exceptions=");
        foreach (var e in c.ExceptionTable) sb.Append(e.Start).Append('-').Append(e.End).Append("->").Append(e.Target).Append('@').Append(e.Depth).Append(e.Lasti ? "L " : " ");
        sb.Append('\n');
        foreach (var k in c.co_consts)
        {
            if (k is CodeObject inner) Append(sb, inner, indent + "  ");
            else sb.Append(indent).Append("const ").Append(Const(k)).Append('\n');
        }
    }

    private static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (char ch in s)
            if (ch < 0x20 || ch > 0x7E) sb.Append("\\u").Append(((int)ch).ToString("x4")); else sb.Append(ch);
        return sb.ToString();
    }

    private static string Const(PyObject o) => o switch
    {
        PyBool b => b.Value != 0 ? "True" : "False",
        PyInt i => "int " + i.ToBigInteger().ToString(CultureInfo.InvariantCulture),
        PyFloat f => "float " + BitConverter.DoubleToInt64Bits(f.Value).ToString("x16"),
        PyComplex c => "complex " + BitConverter.DoubleToInt64Bits(c.Real).ToString("x16") + "," + BitConverter.DoubleToInt64Bits(c.Imag).ToString("x16"),
        PyStr s => "str " + Escape(s.Value),
        PyBytes b => "bytes " + Convert.ToHexString(b.Value),
        PyTuple t => "tuple(" + string.Join(", ", t.Items.Select(Const)) + ")",
        PyFrozenSet fs => "frozenset(" + string.Join(", ", fs.Keys().Select(Const).OrderBy(x => x, StringComparer.Ordinal)) + ")",
        _ => o.Type.Name + " " + o.Repr(),
    };
}
