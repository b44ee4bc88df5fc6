// The root of every Python value. CPython keeps a table of C function pointers ("slots") in each type
// object; gilrun keeps the same slots as virtual methods here, so a builtin type overrides exactly the
// slots CPython's type fills and the VM dispatches with one virtual call. A slot that CPython leaves
// empty falls back to these defaults, which raise the TypeError CPython raises.
//
// Conventions every type follows:
//  - "not found" is a null return (LookupAttr, Next), never an exception: loops and hasattr stay cheap.
//  - a binary slot that does not handle its operand returns Py.NotImplemented; Ops does the fallback.
//  - errors are raised with `throw PyErr.TypeError(...)` and friends, carrying a Python exception.
namespace GilRuntime.Core.Objects;

using System.Runtime.CompilerServices;

public enum CompareOp { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 }

/// <summary>Binary operators in CPython's NB_* order (BINARY_OP's argument modulo 13).</summary>
public enum BinaryOp
{
    Add = 0, And = 1, FloorDivide = 2, LShift = 3, MatrixMultiply = 4, Multiply = 5, Remainder = 6,
    Or = 7, Power = 8, RShift = 9, Subtract = 10, TrueDivide = 11, Xor = 12,
}

public abstract class PyObject
{
    /// <summary>ob_type. Builtin types return a static PyType; subclass instances (a later issue) a field.</summary>
    public abstract PyType Type { get; }

    // ---- tp_repr / tp_str / tp_hash / tp_richcompare --------------------------------------------
    public virtual string Repr() => Classes.ClassSupport.ObjectRepr(this);
    public virtual string Str() => Repr();
    /// <summary>tp_hash: CPython's value (with -1 mapped to -2) where CPython defines one.</summary>
    public virtual long Hash() => RuntimeHelpers.GetHashCode(this);
    /// <summary>tp_richcompare; Py.NotImplemented when this type does not handle <paramref name="other"/>.</summary>
    public virtual PyObject RichCompare(PyObject other, CompareOp op) => Py.NotImplemented;
    /// <summary>nb_bool / sq_length != 0. Containers and numbers override.</summary>
    public virtual bool IsTrue() => true;

    // ---- attributes (tp_getattro / tp_setattro, descriptors) ---------------------------------------
    /// <summary>Generic attribute lookup (PyObject_GenericGetAttr); null when the attribute is missing.</summary>
    public virtual PyObject? LookupAttr(PyStr name)
    {
        var attr = Type.LookupMro(name);
        if (attr is null) return null;
        return attr.IsDescriptor ? attr.DescrGet(this, Type) : attr;
    }
    /// <summary>The AttributeError message for a missing attribute (modules and types word it differently).</summary>
    public virtual string MissingAttributeMessage(string name) => $"'{Type.Name}' object has no attribute '{name}'";
    /// <summary>Sets (value non-null) or deletes (value null) an attribute.</summary>
    public virtual void SetAttr(PyStr name, PyObject? value)
    {
        var attr = Type.LookupMro(name);
        if (attr is not null && attr.IsDataDescriptor) { attr.DescrSet(this, value); return; }
        if (attr is null)
            throw PyErr.AttributeError($"'{Type.Name}' object has no attribute '{name.Value}'");
        throw PyErr.AttributeError($"'{Type.Name}' object attribute '{name.Value}' is read-only");
    }
    /// <summary>True for objects with tp_descr_get (functions, method descriptors, properties).</summary>
    public virtual bool IsDescriptor => false;
    /// <summary>True for objects with tp_descr_set (properties, member descriptors).</summary>
    public virtual bool IsDataDescriptor => false;
    public virtual PyObject DescrGet(PyObject? instance, PyType owner) => this;
    public virtual void DescrSet(PyObject instance, PyObject? value) =>
        throw PyErr.AttributeError($"'{Type.Name}' object is not a data descriptor");

    // ---- tp_call --------------------------------------------------------------------------------
    /// <summary>
    /// Vectorcall: <paramref name="args"/> holds the positional arguments followed by the values of the
    /// keyword arguments whose names are in <paramref name="kwnames"/> (a tuple of PyStr, or null).
    /// </summary>
    public virtual PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        throw PyErr.TypeError($"'{Type.Name}' object is not callable");
    public virtual bool IsCallable => false;

    // ---- iteration (tp_iter / tp_iternext) ------------------------------------------------------------
    public virtual PyObject Iter() => throw PyErr.TypeError($"'{Type.Name}' object is not iterable");
    /// <summary>tp_iternext: the next item, or null when exhausted (no StopIteration is raised).</summary>
    public virtual PyObject? Next() => throw PyErr.TypeError($"'{Type.Name}' object is not an iterator");

    // ---- mapping and sequence --------------------------------------------------------------------------
    public virtual PyObject GetItem(PyObject key) =>
        throw PyErr.TypeError($"'{Type.Name}' object is not subscriptable");
    public virtual void SetItem(PyObject key, PyObject value) =>
        throw PyErr.TypeError($"'{Type.Name}' object does not support item assignment");
    public virtual void DelItem(PyObject key) =>
        throw PyErr.TypeError($"'{Type.Name}' object doesn't support item deletion");
    /// <summary>sq_contains; the default iterates, as PySequence_Contains does.</summary>
    public virtual bool Contains(PyObject item) => Ops.IterContains(this, item);
    /// <summary>sq_length / mp_length; -1 from HasLength=false types is never returned: they raise.</summary>
    public virtual long Length() => throw PyErr.TypeError($"object of type '{Type.Name}' has no len()");
    public virtual bool HasLength => false;

    // ---- numbers ------------------------------------------------------------------------------------------
    /// <summary>nb_* with this object on the left.</summary>
    public virtual PyObject BinaryOp(BinaryOp op, PyObject other) => Py.NotImplemented;
    /// <summary>nb_* with this object on the right (CPython calls the right operand's slot as (left, right)).</summary>
    public virtual PyObject ReflectedBinaryOp(BinaryOp op, PyObject left) => Py.NotImplemented;
    /// <summary>nb_inplace_*; NotImplemented falls back to BinaryOp.</summary>
    public virtual PyObject InplaceOp(BinaryOp op, PyObject other) => Py.NotImplemented;
    /// <summary>sq_concat: tried by Ops after both numeric slots declined '+'; null when not a sequence.</summary>
    public virtual PyObject? SequenceConcat(PyObject other) => null;
    /// <summary>sq_repeat: tried by Ops after both numeric slots declined '*'; null when not a sequence.</summary>
    public virtual PyObject? SequenceRepeat(long count) => null;
    /// <summary>Three-argument pow(self, exp, mod).</summary>
    public virtual PyObject TernaryPower(PyObject exp, PyObject mod) => Py.NotImplemented;
    public virtual PyObject Negative() => throw PyErr.TypeError($"bad operand type for unary -: '{Type.Name}'");
    public virtual PyObject Positive() => throw PyErr.TypeError($"bad operand type for unary +: '{Type.Name}'");
    public virtual PyObject Invert() => throw PyErr.TypeError($"bad operand type for unary ~: '{Type.Name}'");
    public virtual PyObject Absolute() => throw PyErr.TypeError($"bad operand type for abs(): '{Type.Name}'");
    /// <summary>nb_index: the exact int this object stands for, or null if it cannot be used as an index.</summary>
    public virtual PyInt? Index() => null;
    /// <summary>nb_int (int(x) for non-str x); null when unsupported.</summary>
    public virtual PyObject? ToInt() => null;
    /// <summary>nb_float (float(x) for non-str x); null when unsupported.</summary>
    public virtual PyObject? ToFloat() => null;

    /// <summary>__format__: the default formats str(self) when the spec is empty.</summary>
    public virtual string Format(string spec)
    {
        if (spec.Length == 0) return Str();
        throw PyErr.TypeError($"unsupported format string passed to {Type.Name}.__format__");
    }

    public override string ToString() => Repr();
}
