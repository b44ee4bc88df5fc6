// Constant folding as CPython 3.11's AST optimizer (Python/ast_opt.c) does it: unary and binary
// operators on constants within the same size limits, tuples of constants, constant subscripts,
// `not (a in b)` -> `a not in b`, `x in [1, 2]` / `for x in [1, 2]` -> tuple (frozenset for sets),
// and `__debug__` -> True. The AST records are immutable, so folding returns new nodes; results are
// memoized per node so the code generator can ask repeatedly.
namespace GilRuntime.Core.Compiler.CodeGen;

using System.Numerics;
using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Objects;

internal sealed class ConstantFolder
{
    private const int MaxIntSize = 128;        // bits
    private const int MaxCollectionSize = 256;
    private const int MaxStrSize = 4096;
    private const int MaxTotalItems = 1024;

    private readonly Dictionary<Expr, Expr> _memo = new(ReferenceEqualityComparer.Instance);

    public static ModuleRoot Fold(ModuleRoot root) => root;

    public Expr Fold(Expr e)
    {
        if (e is Constant) return e;
        if (_memo.TryGetValue(e, out var r)) return r;
        r = FoldUncached(e);
        _memo[e] = r;
        return r;
    }

    private static Constant MakeConst(Expr at, PyObject value) => new Constant(value).At<Constant>(at);

    private Expr FoldUncached(Expr e)
    {
        switch (e)
        {
            case Name { Id: "__debug__", Ctx: ExprContext.Load }: return MakeConst(e, Py.True);
            case UnaryOp u:
            {
                var operand = Fold(u.Operand);
                if (operand is not Constant c)
                {
                    if (u.Op == UnaryOpKind.Not && operand is Compare { Ops.Count: 1 } cmp)
                    {
                        CmpOpKind? inv = cmp.Ops[0] switch
                        {
                            CmpOpKind.Is => CmpOpKind.IsNot, CmpOpKind.IsNot => CmpOpKind.Is,
                            CmpOpKind.In => CmpOpKind.NotIn, CmpOpKind.NotIn => CmpOpKind.In, _ => null,
                        };
                        if (inv is { } op) return new Compare(cmp.Left, [op], cmp.Comparators).At<Compare>(u);
                    }
                    return e;
                }
                var v = TryUnary(u.Op, c.Value);
                return v is null ? e : MakeConst(e, v);
            }
            case BinOp b:
            {
                var l = Fold(b.Left);
                var rr = Fold(b.Right);
                if (b.Op == OperatorKind.Mod && l is Constant { Value: PyStr fmt } && rr is Tuple { Ctx: ExprContext.Load } args
                    && !args.Elts.Exists(x => x is Starred))
                    return OptimizeFormat(b, fmt.Value, args.Elts) ?? e;
                if (l is Constant lc && rr is Constant rc)
                {
                    var v = TryBinary(b.Op, lc.Value, rc.Value);
                    if (v is not null) return MakeConst(e, v);
                }
                return e;
            }
            case Tuple { Ctx: ExprContext.Load } t:
            {
                var items = new PyObject[t.Elts.Count];
                for (int i = 0; i < items.Length; i++)
                {
                    if (Fold(t.Elts[i]) is not Constant c) return e;
                    items[i] = c.Value;
                }
                return MakeConst(e, items.Length == 0 ? PyTuple.Empty : new PyTuple(items));
            }
            case Subscript { Ctx: ExprContext.Load } s:
            {
                if (Fold(s.Value) is Constant cv && Fold(s.Slice) is Constant ck && cv.Value is PyStr or PyBytes or PyTuple)
                {
                    try { return MakeConst(e, Ops.GetItem(cv.Value, ck.Value)); }
                    catch (PyException) { return e; }
                }
                return e;
            }
            default: return e;
        }
    }

    /// <summary>`'...%s...%r' % (a, b)` becomes an f-string when every conversion is a simple
    /// %s/%r/%a with at most a width and precision (CPython: optimize_format).</summary>
    private static JoinedStr? OptimizeFormat(BinOp node, string fmt, List<Expr> elts)
    {
        var seq = new List<Expr>();
        var pos = 0;
        var cnt = 0;
        while (true)
        {
            var start = pos;
            var sb = new System.Text.StringBuilder();
            while (pos < fmt.Length)
            {
                if (fmt[pos] != '%') sb.Append(fmt[pos++]);
                else if (pos + 1 < fmt.Length && fmt[pos + 1] == '%') { sb.Append('%'); pos += 2; }
                else break;
            }
            if (pos > start)
                seq.Add(new Constant(PyStr.From(sb.ToString())) { Lineno = -1, ColOffset = -1, EndLineno = -1, EndColOffset = -1 });
            if (pos >= fmt.Length) break;
            if (cnt >= elts.Count) return null;
            pos++; // the '%'
            var arg = elts[cnt++];
            var fv = ParseFormat(fmt, ref pos, arg);
            if (fv is null) return null;
            seq.Add(fv);
        }
        if (cnt < elts.Count) return null;
        return new JoinedStr(seq).At<JoinedStr>(node);
    }

    private static FormattedValue? ParseFormat(string fmt, ref int pos, Expr arg)
    {
        var ljust = false;
        while (pos < fmt.Length)
        {
            var c = fmt[pos];
            if (c == '-') { ljust = true; pos++; continue; }
            if (c is '+' or ' ' or '#' or '0') return null;
            break;
        }
        int width = -1, prec = -1;
        if (pos < fmt.Length && char.IsAsciiDigit(fmt[pos]))
        {
            width = 0;
            var n = 0;
            while (pos < fmt.Length && char.IsAsciiDigit(fmt[pos])) { if (++n >= 3) return null; width = width * 10 + (fmt[pos++] - '0'); }
        }
        if (pos < fmt.Length && fmt[pos] == '.')
        {
            pos++;
            prec = 0;
            var n = 0;
            while (pos < fmt.Length && char.IsAsciiDigit(fmt[pos])) { if (++n >= 3) return null; prec = prec * 10 + (fmt[pos++] - '0'); }
        }
        if (pos >= fmt.Length) return null;
        var spec = fmt[pos++];
        if (spec is not ('s' or 'r' or 'a')) return null;
        var buf = new System.Text.StringBuilder();
        if (!ljust && width > 0) buf.Append('>');
        if (width >= 0) buf.Append(width);
        if (prec >= 0) buf.Append('.').Append(prec);
        JoinedStr? formatSpec = null;
        if (buf.Length > 0)
            formatSpec = new JoinedStr([new Constant(PyStr.From(buf.ToString())).At<Constant>(arg)]).At<JoinedStr>(arg);
        return new FormattedValue(arg, spec, formatSpec).At<FormattedValue>(arg);
    }

    /// <summary>The iterable of `for`/comprehensions and the right side of `in`: lists become tuples,
    /// sets of constants become frozensets (CPython: fold_iter).</summary>
    public Expr FoldIter(Expr e)
    {
        if (e is List { Ctx: ExprContext.Load } l)
        {
            var t = new Tuple(l.Elts).At<Tuple>(l);
            t.Ctx = ExprContext.Load;
            return Fold(t);
        }
        if (e is Set s)
        {
            var fs = new PyFrozenSet();
            foreach (var x in s.Elts)
            {
                if (Fold(x) is not Constant c) return e;
                fs.Add(c.Value);
            }
            return MakeConst(e, fs);
        }
        return Fold(e);
    }

    private static PyObject? TryUnary(UnaryOpKind op, PyObject v)
    {
        try
        {
            switch (op)
            {
                case UnaryOpKind.Not:
                    return Py.Bool(!Ops.IsTrue(v));
                case UnaryOpKind.USub:
                    return v switch
                    {
                        PyBool b => PyInt.From(-b.Value),
                        PyInt i => i.IsSmall && i.Value != long.MinValue ? PyInt.From(-i.Value) : PyInt.From(-i.ToBigInteger()),
                        PyFloat f => new PyFloat(-f.Value),
                        PyComplex c => new PyComplex(-c.Real, -c.Imag),
                        _ => null,
                    };
                case UnaryOpKind.UAdd:
                    return v switch
                    {
                        PyBool b => PyInt.From(b.Value),
                        PyInt or PyFloat or PyComplex => v,
                        _ => null,
                    };
                case UnaryOpKind.Invert:
                    return v switch
                    {
                        PyInt i => PyInt.From(-i.ToBigInteger() - 1),
                        _ => null,
                    };
            }
        }
        catch (PyException) { }
        return null;
    }

    private static long NumBits(PyInt i) => i.IsSmall ? (i.Value == 0 ? 0 : 64 - BitOperations.LeadingZeroCount((ulong)Math.Abs(i.Value == long.MinValue ? long.MaxValue : i.Value)))
        : (long)BigInteger.Abs(i.ToBigInteger()).GetBitLength();

    private static bool IsSeq(PyObject o) => o is PyTuple or PyFrozenSet or PyStr or PyBytes;

    private static int SeqSize(PyObject o) => o switch
    {
        PyTuple t => t.Count, PyFrozenSet f => f.Count, PyStr s => s.Value.Length, PyBytes b => b.Value.Length, _ => 0,
    };

    private static bool IsNumber(PyObject o) => o is PyInt or PyFloat or PyComplex;

    private static PyObject? TryBinary(OperatorKind op, PyObject l, PyObject r)
    {
        // Only numbers, strings, bytes and tuples are folded; anything else is left to run time.
        if (!(IsNumber(l) || IsSeq(l)) || !(IsNumber(r) || IsSeq(r))) return null;
        if (l is PyFrozenSet || r is PyFrozenSet) return null;
        switch (op)
        {
            case OperatorKind.Mult:
                if (!SafeMultiply(l, r)) return null;
                break;
            case OperatorKind.Pow:
                if (l is PyInt lp && r is PyInt rp && lp.IsTrue() && rp.ToBigInteger() > 0)
                {
                    var vbits = NumBits(lp);
                    var wbits = rp.ToBigInteger();
                    if (wbits > MaxIntSize || vbits > MaxIntSize / (long)wbits) return null;
                }
                break;
            case OperatorKind.LShift:
                if (l is PyInt ll && r is PyInt rl && ll.IsTrue() && rl.IsTrue())
                {
                    var wb = rl.ToBigInteger();
                    if (wb < 0 || wb > MaxIntSize || NumBits(ll) > MaxIntSize - (long)wb) return null;
                }
                break;
            case OperatorKind.Mod:
                if (l is PyStr or PyBytes) return null;
                break;
            case OperatorKind.MatMult:
                return null;
        }
        if (op == OperatorKind.Add && l is PyTuple lt && r is PyTuple rt && lt.Count + rt.Count > MaxCollectionSize) return null;
        try
        {
            return Ops.BinaryOp(l, r, (BinaryOp)(int)op);
        }
        catch (PyException) { return null; }
    }

    private static bool SafeMultiply(PyObject v, PyObject w)
    {
        if (v is PyInt vi && w is PyInt wi)
        {
            if (vi.IsTrue() && wi.IsTrue() && NumBits(vi) + NumBits(wi) > MaxIntSize) return false;
            return true;
        }
        if (v is PyInt n && w is PyTuple or PyFrozenSet)
        {
            var size = SeqSize(w);
            if (size == 0) return true;
            var nb = n.ToBigInteger();
            if (nb < 0 || nb > MaxCollectionSize / size) return false;
            if (nb > 0 && TotalItems(w) > MaxTotalItems / (long)nb) return false;
            return true;
        }
        if (v is PyInt m && w is PyStr or PyBytes)
        {
            var size = SeqSize(w);
            if (size == 0) return true;
            var mb = m.ToBigInteger();
            return !(mb < 0 || mb > MaxStrSize / size);
        }
        if (w is PyInt && IsSeq(v)) return SafeMultiply(w, v);
        return true;
    }

    private static long TotalItems(PyObject o)
    {
        if (o is not PyTuple t) return 1;
        long n = t.Count;
        foreach (var x in t.Items) if (x is PyTuple) n += TotalItems(x);
        return n;
    }
}
