// The slot table of a type: for each special method, the object a Python class in the MRO defines
// for it, or null when the first definition along the MRO belongs to a builtin type (then the .NET
// virtual of the instance's builtin base runs). CPython keeps this in the type's tp_* pointers, set by
// update_slot() as dunders are assigned; here it is resolved once per type on first use and dropped by
// PyType.Modified whenever the type or a base changes, so `a + b` on instances costs one field read.
namespace GilRuntime.Core.Objects.Classes;

internal sealed class TypeSlots
{
    private static readonly string[] s_binaryNames =
        ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];
    private static readonly PyStr[] s_binary = Names("__{0}__");
    private static readonly PyStr[] s_reflected = Names("__r{0}__");
    private static readonly PyStr[] s_inplace = Names("__i{0}__");

    private static PyStr[] Names(string format)
    {
        var r = new PyStr[s_binaryNames.Length];
        for (int i = 0; i < r.Length; i++) r[i] = PyStr.Intern(string.Format(format, s_binaryNames[i]));
        return r;
    }

    public PyObject? Repr, Str, Eq, Ne, Lt, Le, Gt, Ge, Bool, Len;
    public PyObject? GetAttribute, GetAttr, SetAttr, DelAttr, Get, Set, Delete, Call;
    public PyObject? Iter, Next, GetItem, SetItem, DelItem, Contains;
    public PyObject? Neg, Pos, Invert, Abs, Index, Int, Float, Format;
    /// <summary>__hash__ as defined by a Python class (None: unhashable); see HashOverridden.</summary>
    public PyObject? Hash;
    public bool HashOverridden;
    /// <summary>object.__ne__ is inherited: '!=' inverts a Python __eq__.</summary>
    public bool NeInvertsEq;
    /// <summary>__getattribute__ or __getattr__ is Python code: attribute reads go through them.</summary>
    public bool HasAttrHooks;
    /// <summary>The class's own dict has a non-empty __abstractmethods__ (instantiation is refused).</summary>
    public bool IsAbstract;
    /// <summary>__init__ and __new__ found along the MRO, with the type defining each (for type_call).</summary>
    public PyObject? InitFn, NewFn;
    public PyType? InitOwner, NewOwner;
    private readonly PyObject?[] _binary = new PyObject?[13];
    private readonly PyObject?[] _reflected = new PyObject?[13];
    private readonly PyObject?[] _inplace = new PyObject?[13];

    public PyObject? Binary(BinaryOp op) => _binary[(int)op];
    public PyObject? Reflected(BinaryOp op) => _reflected[(int)op];
    public PyObject? Inplace(BinaryOp op) => _inplace[(int)op];

    public PyObject? Compare(CompareOp op) => op switch
    {
        CompareOp.Lt => Lt,
        CompareOp.Le => Le,
        CompareOp.Eq => Eq,
        CompareOp.Ne => Ne,
        CompareOp.Gt => Gt,
        _ => Ge,
    };

    /// <summary>The reflected comparison's method, as do_richcompare swaps the operands.</summary>
    public static CompareOp Swapped(CompareOp op) => op switch
    {
        CompareOp.Lt => CompareOp.Gt,
        CompareOp.Le => CompareOp.Ge,
        CompareOp.Gt => CompareOp.Lt,
        CompareOp.Ge => CompareOp.Le,
        _ => op,
    };

    /// <summary>The dunder a Python class along the MRO defines for <paramref name="name"/>, else null.</summary>
    private static PyObject? Find(PyType t, string name) => Find(t, PyStr.Intern(name));

    private static PyObject? Find(PyType t, PyStr name)
    {
        var v = t.LookupMro(name, out var owner);
        return v is not null && owner!.IsHeapType ? v : null;
    }

    public static TypeSlots Resolve(PyType t)
    {
        var s = new TypeSlots();
        if (!t.IsHeapType) return s; // builtin types: their .NET virtuals are the slots
        s.Repr = Find(t, "__repr__");
        s.Str = Find(t, "__str__");
        s.Eq = Find(t, "__eq__");
        s.Ne = Find(t, "__ne__");
        s.Lt = Find(t, "__lt__");
        s.Le = Find(t, "__le__");
        s.Gt = Find(t, "__gt__");
        s.Ge = Find(t, "__ge__");
        if (s.Ne is null && s.Eq is not null)
        {
            t.LookupMro(PyStr.Intern("__ne__"), out var neOwner);
            s.NeInvertsEq = neOwner is null || ReferenceEquals(neOwner, PyType.ObjectType);
        }
        s.Bool = Find(t, "__bool__");
        s.Len = Find(t, "__len__");
        var hash = t.LookupMro(PyStr.Intern("__hash__"), out var hashOwner);
        if (hash is not null && (hashOwner!.IsHeapType || hash is PyNone))
        {
            s.HashOverridden = true;
            s.Hash = hash;
        }
        s.GetAttribute = Find(t, "__getattribute__");
        s.GetAttr = Find(t, "__getattr__");
        s.HasAttrHooks = s.GetAttribute is not null || s.GetAttr is not null;
        s.SetAttr = Find(t, "__setattr__");
        s.DelAttr = Find(t, "__delattr__");
        s.Get = Find(t, "__get__");
        s.Set = Find(t, "__set__");
        s.Delete = Find(t, "__delete__");
        s.Call = Find(t, "__call__");
        s.Iter = Find(t, "__iter__");
        s.Next = Find(t, "__next__");
        s.GetItem = Find(t, "__getitem__");
        s.SetItem = Find(t, "__setitem__");
        s.DelItem = Find(t, "__delitem__");
        s.Contains = Find(t, "__contains__");
        s.Neg = Find(t, "__neg__");
        s.Pos = Find(t, "__pos__");
        s.Invert = Find(t, "__invert__");
        s.Abs = Find(t, "__abs__");
        s.Index = Find(t, "__index__");
        s.Int = Find(t, "__int__");
        s.Float = Find(t, "__float__");
        s.Format = Find(t, "__format__");
        for (int i = 0; i < 13; i++)
        {
            s._binary[i] = Find(t, s_binary[i]);
            s._reflected[i] = Find(t, s_reflected[i]);
            s._inplace[i] = Find(t, s_inplace[i]);
        }
        s.InitFn = t.LookupMro(PyStr.Intern("__init__"), out s.InitOwner);
        s.NewFn = t.LookupMro(PyStr.Intern("__new__"), out s.NewOwner);
        s.IsAbstract = t.Dict.TryGetValue(PyStr.Intern("__abstractmethods__"), out var am) && Ops.IsTrue(am);
        return s;
    }

    internal static PyStr BinaryName(BinaryOp op) => s_binary[(int)op];
    internal static PyStr ReflectedName(BinaryOp op) => s_reflected[(int)op];
}
