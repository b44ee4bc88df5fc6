// Expression to source text, for annotations under `from __future__ import annotations` (CPython:
// Python/ast_unparse.c). Operator precedence decides the parentheses, as CPython's does.
namespace GilRuntime.Core.Compiler.CodeGen;

using System.Text;
using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Objects;

internal static class Unparser
{
    // CPython's precedence levels (ast_unparse.c PR_*).
    private const int PrTuple = 0, PrTest = 1, PrOr = 2, PrAnd = 3, PrNot = 4, PrCmp = 5, PrBor = 7, PrBxor = 8,
        PrBand = 9, PrShift = 10, PrArith = 11, PrTerm = 12, PrFactor = 13, PrPower = 14, PrAwait = 15, PrAtom = 16;

    public static string Unparse(Expr e)
    {
        var sb = new StringBuilder();
        Write(sb, e, PrTest);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, Expr e, int level)
    {
        switch (e)
        {
            case Constant c:
                sb.Append(c.Value is PyEllipsis ? "..." : Ops.Repr(c.Value));
                break;
            case Name n: sb.Append(n.Id); break;
            case Attribute a:
                Write(sb, a.Value, PrAtom);
                if (a.Value is Constant { Value: PyInt }) sb.Append(' ');
                sb.Append('.').Append(a.Attr);
                break;
            case Subscript s:
                Write(sb, s.Value, PrAtom);
                sb.Append('[');
                if (s.Slice is Tuple { Elts.Count: > 0 } st) WriteSeq(sb, st.Elts, st.Elts.Count == 1);
                else Write(sb, s.Slice, PrTuple);
                sb.Append(']');
                break;
            case Slice sl:
                if (sl.Lower is not null) Write(sb, sl.Lower, PrTest);
                sb.Append(':');
                if (sl.Upper is not null) Write(sb, sl.Upper, PrTest);
                if (sl.Step is not null) { sb.Append(':'); Write(sb, sl.Step, PrTest); }
                break;
            case Tuple t:
                if (t.Elts.Count == 0) { sb.Append("()"); break; }
                if (level > PrTuple) sb.Append('(');
                WriteSeq(sb, t.Elts, t.Elts.Count == 1);
                if (level > PrTuple) sb.Append(')');
                break;
            case List l: sb.Append('['); WriteSeq(sb, l.Elts, false); sb.Append(']'); break;
            case Set s2: sb.Append('{'); WriteSeq(sb, s2.Elts, false); sb.Append('}'); break;
            case Dict d:
                sb.Append('{');
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    if (d.Keys[i] is { } k) { Write(sb, k, PrTest); sb.Append(": "); Write(sb, d.Values[i], PrTest); }
                    else { sb.Append("**"); Write(sb, d.Values[i], PrBor); }
                }
                sb.Append('}');
                break;
            case Starred st2: sb.Append('*'); Write(sb, st2.Value, PrBor); break;
            case BinOp b:
            {
                var (pr, sym) = b.Op switch
                {
                    OperatorKind.Add => (PrArith, "+"), OperatorKind.Sub => (PrArith, "-"),
                    OperatorKind.Mult => (PrTerm, "*"), OperatorKind.MatMult => (PrTerm, "@"), OperatorKind.Div => (PrTerm, "/"),
                    OperatorKind.Mod => (PrTerm, "%"), OperatorKind.FloorDiv => (PrTerm, "//"),
                    OperatorKind.LShift => (PrShift, "<<"), OperatorKind.RShift => (PrShift, ">>"),
                    OperatorKind.BitOr => (PrBor, "|"), OperatorKind.BitXor => (PrBxor, "^"), OperatorKind.BitAnd => (PrBand, "&"),
                    _ => (PrPower, "**"),
                };
                var rassoc = b.Op == OperatorKind.Pow;
                if (level > pr) sb.Append('(');
                Write(sb, b.Left, rassoc ? pr + 1 : pr);
                sb.Append(' ').Append(sym).Append(' ');
                Write(sb, b.Right, rassoc ? pr : pr + 1);
                if (level > pr) sb.Append(')');
                break;
            }
            case UnaryOp u:
            {
                var (pr, sym) = u.Op switch
                {
                    UnaryOpKind.Not => (PrNot, "not "), UnaryOpKind.Invert => (PrFactor, "~"),
                    UnaryOpKind.UAdd => (PrFactor, "+"), _ => (PrFactor, "-"),
                };
                if (level > pr) sb.Append('(');
                sb.Append(sym);
                Write(sb, u.Operand, pr);
                if (level > pr) sb.Append(')');
                break;
            }
            case BoolOp bo:
            {
                var pr = bo.Op == BoolOpKind.And ? PrAnd : PrOr;
                if (level > pr) sb.Append('(');
                for (int i = 0; i < bo.Values.Count; i++)
                {
                    if (i > 0) sb.Append(bo.Op == BoolOpKind.And ? " and " : " or ");
                    Write(sb, bo.Values[i], pr + 1);
                }
                if (level > pr) sb.Append(')');
                break;
            }
            case Compare c:
            {
                if (level > PrCmp) sb.Append('(');
                Write(sb, c.Left, PrCmp + 1);
                for (int i = 0; i < c.Ops.Count; i++)
                {
                    sb.Append(c.Ops[i] switch
                    {
                        CmpOpKind.Eq => " == ", CmpOpKind.NotEq => " != ", CmpOpKind.Lt => " < ", CmpOpKind.LtE => " <= ",
                        CmpOpKind.Gt => " > ", CmpOpKind.GtE => " >= ", CmpOpKind.Is => " is ", CmpOpKind.IsNot => " is not ",
                        CmpOpKind.In => " in ", _ => " not in ",
                    });
                    Write(sb, c.Comparators[i], PrCmp + 1);
                }
                if (level > PrCmp) sb.Append(')');
                break;
            }
            case Call call:
            {
                Write(sb, call.Func, PrAtom);
                sb.Append('(');
                var first = true;
                foreach (var a in call.Args) { if (!first) sb.Append(", "); first = false; Write(sb, a, PrTest); }
                foreach (var k in call.Keywords)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    if (k.ArgName is null) sb.Append("**"); else sb.Append(k.ArgName).Append('=');
                    Write(sb, k.Value, PrTest);
                }
                sb.Append(')');
                break;
            }
            case IfExp ie:
                if (level > PrTest) sb.Append('(');
                Write(sb, ie.Body, PrTest + 1);
                sb.Append(" if ");
                Write(sb, ie.Test, PrTest + 1);
                sb.Append(" else ");
                Write(sb, ie.OrElse, PrTest);
                if (level > PrTest) sb.Append(')');
                break;
            case Await aw:
                if (level > PrAwait) sb.Append('(');
                sb.Append("await ");
                Write(sb, aw.Value, PrAtom);
                if (level > PrAwait) sb.Append(')');
                break;
            case Lambda:
                sb.Append("(lambda)");
                break;
            default:
                sb.Append("...");
                break;
        }
    }

    private static void WriteSeq(StringBuilder sb, List<Expr> elts, bool trailingComma)
    {
        for (int i = 0; i < elts.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Write(sb, elts[i], PrTest);
        }
        if (trailingComma) sb.Append(',');
    }
}
