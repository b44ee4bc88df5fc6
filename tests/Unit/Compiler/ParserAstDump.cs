// A canonical, exact text form of our AST, matching what scripts/parse-stdlib/astdump.py prints for
// CPython's ast: node name, fields in our record order, ctx, and positions. Constants are encoded
// exactly (floats by their bits, strings as UTF-16 hex), so a textual comparison is an exact one.
namespace GilRuntime.Unit.Compiler;

using System.Collections;
using System.Reflection;
using System.Text;
using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Objects;

public static class ParserAstDump
{
    public static string Dump(Node n)
    {
        var sb = new StringBuilder();
        Write(sb, n);
        return sb.ToString();
    }

    private static readonly Dictionary<Type, (PropertyInfo[] Fields, PropertyInfo? Ctx)> s_cache = new();

    private static bool HasPositions(Node n) =>
        n is not (Comprehension or Arguments or WithItem or MatchCase or ModuleRoot);

    private static void Write(StringBuilder sb, object? v)
    {
        switch (v)
        {
            case null: sb.Append("null"); return;
            case string s: sb.Append('s').Append(Hex(s)); return;
            case bool b: sb.Append(b ? "True" : "False"); return;
            case int i: sb.Append(i); return;
            case Enum e: sb.Append(e.ToString()); return;
            case PyObject o: WriteConst(sb, o); return;
            case Node n: WriteNode(sb, n); return;
            case IList list:
                sb.Append('[');
                for (int i = 0; i < list.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    Write(sb, list[i]);
                }
                sb.Append(']');
                return;
            default: throw new InvalidOperationException(v.GetType().Name);
        }
    }

    private static string Hex(string s)
    {
        var sb = new StringBuilder(s.Length * 4);
        foreach (char c in s) sb.Append(((int)c & 0xFF).ToString("x2")).Append(((int)c >> 8).ToString("x2"));
        return sb.ToString();
    }

    private static string Bits(double d) => Convert.ToHexString(BitConverter.GetBytes(d)).ToLowerInvariant();

    private static void WriteConst(StringBuilder sb, PyObject o)
    {
        switch (o)
        {
            case PyNone: sb.Append("None"); break;
            case PyEllipsis: sb.Append("Ellipsis"); break;
            case PyBool b: sb.Append(b.Value != 0 ? "True" : "False"); break;
            case PyInt i: sb.Append('i').Append(i.ToBigInteger().ToString()); break;
            case PyFloat f: sb.Append('f').Append(Bits(f.Value)); break;
            case PyComplex c: sb.Append('c').Append(Bits(c.Real)).Append(Bits(c.Imag)); break;
            case PyStr s: sb.Append('u').Append(Hex(s.Value)); break;
            case PyBytes b: sb.Append('b').Append(Convert.ToHexString(b.Value).ToLowerInvariant()); break;
            default: throw new InvalidOperationException(o.GetType().Name);
        }
    }

    private static void WriteNode(StringBuilder sb, Node n)
    {
        var t = n.GetType();
        if (!s_cache.TryGetValue(t, out var info))
        {
            var ctor = t.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var fields = ctor.GetParameters().Select(p => t.GetProperty(p.Name!)!).ToArray();
            info = (fields, t.GetProperty("Ctx"));
            s_cache[t] = info;
        }
        sb.Append(t.Name).Append('(');
        for (int i = 0; i < info.Fields.Length; i++)
        {
            if (i > 0) sb.Append(',');
            Write(sb, info.Fields[i].GetValue(n));
        }
        if (info.Ctx is not null) sb.Append(";").Append(info.Ctx.GetValue(n));
        sb.Append(')');
        if (HasPositions(n)) sb.Append('@').Append(n.Lineno).Append(':').Append(n.ColOffset).Append('-').Append(n.EndLineno).Append(':').Append(n.EndColOffset);
    }
}
