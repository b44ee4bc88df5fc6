// Assignment/deletion targets: setting Store/Del contexts and naming what cannot be a target
// (CPython: _PyPegen_get_expr_name and _PyPegen_get_invalid_target).
namespace GilRuntime.Core.Compiler.Parsing;

using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Objects;
using Tuple = GilRuntime.Core.Compiler.Ast.Tuple;
using Attribute = GilRuntime.Core.Compiler.Ast.Attribute;
using Set = GilRuntime.Core.Compiler.Ast.Set;

internal sealed partial class PythonParser
{
    private enum TargetsKind { Star, Del, For }

    /// <summary>Sets <paramref name="ctx"/> on a target tree; returns the first node that cannot be a target, or null.</summary>
    private static Expr? SetContext(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n: n.Ctx = ctx; return null;
            case Attribute a: a.Ctx = ctx; return null;
            case Subscript s: s.Ctx = ctx; return null;
            case Starred st:
                if (ctx == ExprContext.Del) return st;
                st.Ctx = ctx;
                return SetContext(st.Value, ctx);
            case Tuple t:
                foreach (var x in t.Elts) { var bad = SetContext(x, ctx); if (bad is not null) return bad; }
                t.Ctx = ctx;
                return null;
            case List l:
                foreach (var x in l.Elts) { var bad = SetContext(x, ctx); if (bad is not null) return bad; }
                l.Ctx = ctx;
                return null;
            default: return e;
        }
    }

    private static Expr? InvalidTarget(Expr e, TargetsKind kind)
    {
        switch (e)
        {
            case List or Tuple:
            {
                var elts = e is List l ? l.Elts : ((Tuple)e).Elts;
                foreach (var x in elts) { var bad = InvalidTarget(x, kind); if (bad is not null) return bad; }
                return null;
            }
            case Starred s:
                return kind == TargetsKind.Del ? e : InvalidTarget(s.Value, kind);
            case Compare c:
                if (kind == TargetsKind.For && c.Ops[0] == CmpOpKind.In) return InvalidTarget(c.Left, kind);
                return e;
            case Name or Subscript or Attribute: return null;
            default: return e;
        }
    }

    /// <summary>How CPython names an expression in "cannot assign to %s".</summary>
    internal static string ExprName(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            PyNone => "None",
            PyBool b => b.Value != 0 ? "True" : "False",
            PyEllipsis => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
