// The abstract object protocol (CPython's Objects/abstract.c and object.c): the operations the VM and
// the builtins apply to any object, with CPython's fallback order and error messages. Types implement
// slots (PyObject's virtuals); callers go through Ops so every fallback lives in one place.
namespace GilRuntime.Core.Objects;

using System.Runtime.CompilerServices;

public static class Ops
{
    // ---- identity ---------------------------------------------------------------------------------
    private static readonly ConditionalWeakTable<PyObject, object> s_ids = new();
    private static long s_nextId = 0x7f0000001000;

    /// <summary>id(): unique and constant for the object's lifetime, shaped like an address.</summary>
    public static long Id(PyObject o) =>
        (long)s_ids.GetValue(o, static _ => Interlocked.Add(ref s_nextId, 48));

    public static string IdHex(PyObject o) => "0x" + Id(o).ToString("x");

    // ---- repr / str / hash / truth ----------------------------------------------------------------
    public static string Repr(PyObject o) => o.Repr();
    public static string Str(PyObject o) => o.Str();

    public static long Hash(PyObject o) => o.Hash();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(PyObject o)
    {
        if (ReferenceEquals(o, PyBool.True)) return true;
        if (ReferenceEquals(o, PyBool.False) || ReferenceEquals(o, PyNone.Instance)) return false;
        return o.IsTrue();
    }

    // ---- binary operators (binary_op1 / binary_iop1) -------------------------------------------------
    private static readonly string[] s_opSymbols = ["+", "&", "//", "<<", "@", "*", "%", "|", "** or pow()", ">>", "-", "/", "^"];
    private static readonly string[] s_inplaceSymbols = ["+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="];

    public static string OpSymbol(BinaryOp op) => s_opSymbols[(int)op];

    public static PyObject BinaryOp(PyObject a, PyObject b, BinaryOp op)
    {
        var r = BinaryOp1(a, b, op);
        if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        return SequenceFallback(a, b, op) ?? throw PyErr.UnsupportedOperands(s_opSymbols[(int)op], a, b);
    }

    public static PyObject InplaceOp(PyObject a, PyObject b, BinaryOp op)
    {
        var r = a.InplaceOp(op, b);
        if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        r = BinaryOp1(a, b, op);
        if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        return SequenceFallback(a, b, op) ?? throw PyErr.UnsupportedOperands(s_inplaceSymbols[(int)op], a, b);
    }

    private static PyObject BinaryOp1(PyObject a, PyObject b, BinaryOp op)
    {
        var ta = a.Type;
        var tb = b.Type;
        if (!ReferenceEquals(ta, tb) && tb.IsHeapType && ReflectedFirst(ta, tb, op))
        {
            // A subclass that overrides the reflected method gets the first try (binary_op1 / SLOT1BINFULL).
            var rr = b.ReflectedBinaryOp(op, a);
            if (!ReferenceEquals(rr, PyNotImplemented.Instance)) return rr;
            return a.BinaryOp(op, b);
        }
        var r = a.BinaryOp(op, b);
        if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        if (!ReferenceEquals(ta, tb))
            r = b.ReflectedBinaryOp(op, a);
        return r;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ReflectedFirst(PyType ta, PyType tb, BinaryOp op)
    {
        if (!tb.IsSubtype(ta)) return false;
        var fb = tb.Slots.Reflected(op);
        return fb is not null && !ReferenceEquals(fb, ta.IsHeapType ? ta.Slots.Reflected(op) : null);
    }

    private static PyObject? SequenceFallback(PyObject a, PyObject b, BinaryOp op)
    {
        if (op == Objects.BinaryOp.Add) return a.SequenceConcat(b);
        if (op == Objects.BinaryOp.Multiply)
        {
            var idxB = b.Index();
            if (idxB is not null) { var r = a.SequenceRepeat(RepeatCount(idxB)); if (r is not null) return r; }
            var idxA = a.Index();
            if (idxA is not null) { var r = b.SequenceRepeat(RepeatCount(idxA)); if (r is not null) return r; }
            // sequence_repeat's error: a sequence times something that is not an integer.
            if (idxB is null && a.SequenceRepeat(0) is not null)
                throw PyErr.TypeError($"can't multiply sequence by non-int of type '{b.Type.Name}'");
            if (idxA is null && b.SequenceRepeat(0) is not null)
                throw PyErr.TypeError($"can't multiply sequence by non-int of type '{a.Type.Name}'");
        }
        return null;
    }

    private static long RepeatCount(PyInt n) => n.IsSmall ? n.Value
        : throw PyErr.OverflowError("cannot fit 'int' into an index-sized integer");

    // ---- comparisons (do_richcompare) ----------------------------------------------------------------
    private static readonly CompareOp[] s_swapped = [CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le];
    private static readonly string[] s_cmpSymbols = ["<", "<=", "==", "!=", ">", ">="];

    public static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        PyObject r;
        var ta = a.Type;
        var tb = b.Type;
        bool reversed = false;
        if (!ReferenceEquals(ta, tb) && tb.IsHeapType && tb.IsSubtype(ta))
        {
            // do_richcompare: a subclass's reflected comparison is tried first.
            reversed = true;
            r = b.RichCompare(a, s_swapped[(int)op]);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        r = a.RichCompare(b, op);
        if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        if (!reversed)
        {
            r = b.RichCompare(a, s_swapped[(int)op]);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        return op switch
        {
            CompareOp.Eq => Py.Bool(ReferenceEquals(a, b)),
            CompareOp.Ne => Py.Bool(!ReferenceEquals(a, b)),
            _ => throw PyErr.TypeError(
                $"'{s_cmpSymbols[(int)op]}' not supported between instances of '{a.Type.Name}' and '{b.Type.Name}'"),
        };
    }

    /// <summary>PyObject_RichCompareBool: identity implies equality, as in CPython (so nan in [nan]).</summary>
    public static bool RichCompareBool(PyObject a, PyObject b, CompareOp op)
    {
        if (ReferenceEquals(a, b))
        {
            if (op == CompareOp.Eq) return true;
            if (op == CompareOp.Ne) return false;
        }
        return IsTrue(RichCompare(a, b, op));
    }

    public static bool Eq(PyObject a, PyObject b) => RichCompareBool(a, b, CompareOp.Eq);

    // ---- attributes ---------------------------------------------------------------------------------
    public static PyObject GetAttr(PyObject o, PyStr name) =>
        o.LookupAttr(name) ?? throw PyErr.NoAttribute(o, name);

    public static PyObject GetAttr(PyObject o, string name) => GetAttr(o, PyStr.Intern(name));

    public static PyObject? LookupAttr(PyObject o, string name) => o.LookupAttr(PyStr.Intern(name));

    // ---- iteration ------------------------------------------------------------------------------------
    public static PyObject GetIter(PyObject o) => o.Iter();

    /// <summary>The next item or null when exhausted.</summary>
    public static PyObject? Next(PyObject iterator) => iterator.Next();

    public static bool IterContains(PyObject container, PyObject item)
    {
        PyObject it;
        try
        {
            it = container.Iter();
        }
        catch (PyException e) when (e.Value.Type.IsSubtype(ExceptionTypes.TypeError))
        {
            // _PySequence_IterSearch words the error for the `in` operator.
            throw PyErr.TypeError($"argument of type '{container.Type.Name}' is not iterable");
        }
        for (var x = it.Next(); x is not null; x = it.Next())
            if (Eq(x, item)) return true;
        return false;
    }

    /// <summary>Materializes any iterable as a list of its items (tuple/list fast paths).</summary>
    public static List<PyObject> ToClrList(PyObject iterable)
    {
        var result = new List<PyObject>();
        if (iterable.GetType() == typeof(PyTuple)) { result.AddRange(((PyTuple)iterable).Items); return result; }
        if (iterable.GetType() == typeof(PyList)) { result.AddRange(((PyList)iterable).AsSpan()); return result; }
        var it = iterable.Iter();
        for (var x = it.Next(); x is not null; x = it.Next()) result.Add(x);
        return result;
    }

    public static PyTuple ToTuple(PyObject iterable) =>
        iterable is PyTuple t && t.Type == PyTuple.TypeObject ? t : new PyTuple(ToClrList(iterable).ToArray());

    // ---- sequences and mappings ------------------------------------------------------------------------
    public static long Length(PyObject o) => o.Length();

    public static PyObject GetItem(PyObject o, PyObject key) => o.GetItem(key);

    // ---- numbers ----------------------------------------------------------------------------------------
    /// <summary>PyNumber_Index: the int an object stands for, or TypeError.</summary>
    public static PyInt Index(PyObject o) =>
        o.Index() ?? throw PyErr.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");

    /// <summary>PyNumber_AsSsize_t with OverflowError: an index that must fit in a long.</summary>
    public static long AsIndex(PyObject o)
    {
        var i = Index(o);
        return i.IsSmall ? i.Value
            : throw PyErr.OverflowError($"Python int too large to convert to C ssize_t");
    }

    // ---- calls ------------------------------------------------------------------------------------------
    public static PyObject Call(PyObject callable, params PyObject[] args) => callable.Call(args, null);

    public static PyObject CallMethod(PyObject o, string name, params PyObject[] args) =>
        GetAttr(o, name).Call(args, null);

    // ---- formatting -----------------------------------------------------------------------------------------
    public static string Format(PyObject o, string spec) => o.Format(spec);
}
