// Helpers shared by the sequence and container types: index normalization with CPython's messages,
// slice-index conversion (_PyEval_SliceIndex), the Py_ReprEnter/Py_ReprLeave recursion guard, and
// small argument-checking shortcuts for methods registered on builtin types.
namespace GilRuntime.Core.Objects;

using System.Runtime.CompilerServices;

internal static class SeqUtil
{
    [ThreadStatic] private static HashSet<object>? t_reprStack;

    /// <summary>Py_ReprEnter: false when <paramref name="o"/> is already being repr'd on this thread.</summary>
    public static bool ReprEnter(PyObject o)
    {
        t_reprStack ??= new HashSet<object>(ReferenceEqualityComparer.Instance);
        return t_reprStack.Add(o);
    }

    public static void ReprLeave(PyObject o) => t_reprStack?.Remove(o);

    /// <summary>Int keys compared without a Python-level call: both exact ints (or bools) held in a long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool BothExactSmallInts(PyObject a, PyObject b, out bool equal)
    {
        if (a is PyInt x && b is PyInt y && x.IsSmall && y.IsSmall
            && (a.GetType() == typeof(PyInt) || a.GetType() == typeof(PyBool))
            && (b.GetType() == typeof(PyInt) || b.GetType() == typeof(PyBool)))
        {
            equal = x.Value == y.Value;
            return true;
        }
        equal = false;
        return false;
    }

    /// <summary>The index an object stands for as a long, or null when it has no __index__ (big ints raise IndexError).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryIndex(PyObject key, out long index)
    {
        if (key is PyInt i)
        {
            if (i.IsSmall) { index = i.Value; return true; }
            throw PyErr.IndexError("cannot fit 'int' into an index-sized integer");
        }
        return TryIndexSlow(key, out index);
    }

    private static bool TryIndexSlow(PyObject key, out long index)
    {
        var i = key.Index();
        if (i is null) { index = 0; return false; }
        if (!i.IsSmall) throw PyErr.IndexError("cannot fit 'int' into an index-sized integer");
        index = i.Value;
        return true;
    }

    /// <summary>_PyEval_SliceIndex: None keeps the default; big values clamp to the long range.</summary>
    public static long SliceIndex(PyObject? o, long dflt)
    {
        if (o is null || o is PyNone) return dflt;
        if (o is PyInt p && p.IsSmall) return p.Value;
        var i = o.Index() ?? throw PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
        if (i.IsSmall) return i.Value;
        return i.ToBigInteger().Sign < 0 ? long.MinValue : long.MaxValue;
    }

    /// <summary>Start/end arguments of count/index/find ("slice indices must be integers or have an __index__ method").</summary>
    public static long SliceArg(PyObject? o, long dflt)
    {
        if (o is null || o is PyNone) return dflt;
        if (o is PyInt p && p.IsSmall) return p.Value;
        var i = o.Index() ?? throw PyErr.TypeError("slice indices must be integers or have an __index__ method");
        if (i.IsSmall) return i.Value;
        return i.ToBigInteger().Sign < 0 ? long.MinValue : long.MaxValue;
    }

    /// <summary>Clamps [start, end) of a find-like method to [0, length] as ADJUST_INDICES does.</summary>
    public static void AdjustIndices(ref long start, ref long end, long length)
    {
        if (end > length) end = length;
        else if (end < 0) { end += length; if (end < 0) end = 0; }
        if (start < 0) { start += length; if (start < 0) start = 0; }
    }

    public static int PosCount(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => args.Length - (kwnames?.Count ?? 0);

    /// <summary>"name() takes no arguments (n given)".</summary>
    public static void NoArgs(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ArgParser.NoKeywords(name, kwnames);
        if (args.Length != 0) throw PyErr.TypeError($"{name}() takes no arguments ({args.Length} given)");
    }

    /// <summary>"name() takes exactly one argument (n given)".</summary>
    public static PyObject OneArg(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ArgParser.NoKeywords(name, kwnames);
        if (args.Length != 1) throw PyErr.TypeError($"{name}() takes exactly one argument ({args.Length} given)");
        return args[0];
    }

    /// <summary>Argument Clinic's positional range check: "name expected at least 1 argument, got 0".</summary>
    public static void ArgRange(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int min, int max)
        => ArgParser.Range(name, args, kwnames, min, max);

    /// <summary>getargs' "name() takes at most N arguments (k given)" / "takes at least".</summary>
    public static void ArgRangeOld(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int min, int max)
    {
        ArgParser.NoKeywords(name, kwnames);
        if (args.Length < min)
            throw PyErr.TypeError($"{name}() takes at least {min} argument{(min == 1 ? "" : "s")} ({args.Length} given)");
        if (args.Length > max)
            throw PyErr.TypeError($"{name}() takes at most {max} argument{(max == 1 ? "" : "s")} ({args.Length} given)");
    }

    public static PyException Unhashable(PyObject o) => PyErr.TypeError($"unhashable type: '{o.Type.Name}'");

    /// <summary>Lexicographic rich comparison of two item spans (list/tuple richcompare).</summary>
    public static PyObject CompareSequences(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op)
    {
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && na != nb) return Py.Bool(op == CompareOp.Ne);
        int i = 0;
        for (; i < na && i < nb; i++)
            if (!Ops.RichCompareBool(a[i], b[i], CompareOp.Eq)) break;
        if (i >= na || i >= nb)
        {
            int c = na.CompareTo(nb);
            return Py.Bool(op switch
            {
                CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Eq => c == 0,
                CompareOp.Ne => c != 0, CompareOp.Gt => c > 0, _ => c >= 0,
            });
        }
        if (op == CompareOp.Eq) return Py.False;
        if (op == CompareOp.Ne) return Py.True;
        return Ops.RichCompare(a[i], b[i], op);
    }

    /// <summary>Repr of items joined by ", " (with each item's repr).</summary>
    public static string JoinReprs(ReadOnlySpan<PyObject> items, string open, string close)
    {
        var sb = new System.Text.StringBuilder(open);
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(items[i].Repr());
        }
        return sb.Append(close).ToString();
    }

    private static readonly (string Name, CompareOp Op)[] s_compareDunders =
    [("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__eq__", CompareOp.Eq),
     ("__ne__", CompareOp.Ne), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge)];

    /// <summary>
    /// The operator dunders of a builtin container (__repr__, comparisons, __hash__ or None, and the given
    /// binary and in-place operators), each delegating to the slot, so explicit calls such as
    /// list.__eq__(a, b) or super().__repr__() behave as in CPython.
    /// </summary>
    public static void RegisterOperatorDunders(PyType t, bool hashable, BinaryOp[] binary, BinaryOp[] inplace)
    {
        t.AddMethod("__repr__", static (self, args, kw) => { NoArgs("__repr__", args, kw); return PyStr.From(self.Repr()); });
        foreach (var (name, op) in s_compareDunders)
        {
            var cmp = op;
            t.AddMethod(name, (self, args, kw) => self.RichCompare(OneArg(name, args, kw), cmp));
        }
        if (hashable)
            t.AddMethod("__hash__", static (self, args, kw) => { NoArgs("__hash__", args, kw); return PyInt.From(self.Hash()); });
        else
            t.Dict.SetItem(PyStr.Intern("__hash__"), Py.None);
        foreach (var op in binary)
        {
            var bop = op;
            string name = DunderName(op, "");
            t.AddMethod(name, (self, args, kw) => BinaryDunder(self, OneArg(name, args, kw), bop));
            if (op is BinaryOp.Multiply)
                t.AddMethod("__rmul__", (self, args, kw) => BinaryDunder(self, OneArg("__rmul__", args, kw), bop));
        }
        foreach (var op in inplace)
        {
            var iop = op;
            string name = DunderName(op, "i");
            t.AddMethod(name, (self, args, kw) => self.InplaceOp(iop, OneArg(name, args, kw)));
        }
    }

    private static string DunderName(BinaryOp op, string prefix) => "__" + prefix + op switch
    {
        BinaryOp.Add => "add", BinaryOp.Multiply => "mul", BinaryOp.Remainder => "mod", BinaryOp.Or => "or",
        BinaryOp.And => "and", BinaryOp.Subtract => "sub", BinaryOp.Xor => "xor", _ => op.ToString().ToLowerInvariant(),
    } + "__";

    private static PyObject BinaryDunder(PyObject self, PyObject other, BinaryOp op)
    {
        var r = self.BinaryOp(op, other);
        if (!ReferenceEquals(r, Py.NotImplemented)) return r;
        if (op == BinaryOp.Add && ReferenceEquals(self.Type, other.Type)) return self.SequenceConcat(other) ?? Py.NotImplemented;
        if (op == BinaryOp.Multiply)
        {
            var n = other.Index();
            if (n is null) return Py.NotImplemented;
            return self.SequenceRepeat(n.IsSmall ? n.Value : (n.ToBigInteger().Sign < 0 ? 0 : long.MaxValue)) ?? Py.NotImplemented;
        }
        return Py.NotImplemented;
    }

    /// <summary>The length hint of an iterable when cheaply known, else 0.</summary>
    public static int SizeHint(PyObject o) => o switch
    {
        PyList l => l.Count,
        PyTuple t => t.Count,
        PyDict d => d.Count,
        PySet s => s.Count,
        _ => 0,
    };
}
