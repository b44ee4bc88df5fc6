// Type objects. A builtin type is a PyType whose Dict holds its methods (method descriptors) and whose
// New builds instances, as tp_new+tp_init do. The class statement and type(name, bases, ns) make heap
// types (Classes/TypeNew.cs) with the same shape: name, bases, C3 MRO, dict, plus a metatype, the
// "solid base" whose .NET layout instances use, and a slot table (Classes/TypeSlots.cs) saying which
// special methods a Python class overrides. The slot table and the attribute cache are invalidated
// through a version tag whenever a heap type or one of its bases is assigned an attribute.
namespace GilRuntime.Core.Objects;

using System.Runtime.CompilerServices;
using GilRuntime.Core.Objects.Classes;

/// <summary>tp_new + tp_init: builds an instance of <paramref name="type"/> from call arguments.</summary>
public delegate PyObject TypeNew(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

public partial class PyType : PyObject
{
    public static readonly PyType TypeType;
    public static readonly PyType ObjectType;

    static PyType()
    {
        ObjectType = new PyType("object", null, typeof(PyObject));
        TypeType = new PyType("type", ObjectType, typeof(PyType));
        ObjectType.New = static (type, args, kw) =>
        {
            if (args.Length > 0)
                throw PyErr.TypeError("object() takes no arguments");
            return new PyBaseObject();
        };
        TypeType.New = static (type, args, kw) =>
        {
            if (args.Length == 1 && kw is null) return args[0].Type;
            if (args.Length - (kw?.Count ?? 0) == 3) return TypeCall.Call(type, args, kw);
            throw PyErr.TypeError("type() takes 1 or 3 arguments");
        };
    }

    private string _name;
    public string Name => _name;
    public string Module
    {
        get => IsHeapType && Dict.TryGetValue(PyStr.Intern("__module__"), out var m) && m is PyStr ms ? ms.Value : _module;
        set => _module = value;
    }
    private string _module = "builtins";
    public string QualName { get; set; }
    /// <summary>__base__: the first base for heap types (CPython's best base), else the builtin base.</summary>
    public PyType? Base { get; private set; }
    /// <summary>__bases__ (a heap type may have several).</summary>
    public PyType[] Bases { get; internal set; }
    /// <summary>__mro__: this type first, object last.</summary>
    public PyType[] Mro { get; protected set; }
    public PyDict Dict { get; } = new();
    /// <summary>The .NET class of this type's instances (for builtin types).</summary>
    public Type? ClrType { get; }
    /// <summary>Constructor (tp_new + tp_init). Null: the type cannot be instantiated from Python.</summary>
    public TypeNew? New { get; set; }
    public string? Doc { get; set; }

    /// <summary>Made by a class statement or type(name, bases, ns) (Py_TPFLAGS_HEAPTYPE).</summary>
    public bool IsHeapType { get; internal set; }
    /// <summary>The builtin type whose .NET layout this type's instances use (object, int, list, ...).</summary>
    public PyType SolidBase { get; internal set; }
    /// <summary>The builtin type whose .NET class this type's instances are (object: PyInstance, list: PyListSub...).</summary>
    internal PyType InstanceBase { get; set; }
    /// <summary>The class defines a non-empty __abstractmethods__ (abc): instantiation is refused.</summary>
    internal bool IsAbstract => IsHeapType && Slots.IsAbstract;
    /// <summary>Builtin types that may not be subclassed clear this (bool, range, slice, function...).</summary>
    public bool IsBaseType { get; set; } = true;
    /// <summary>Instances carry a __dict__ (heap types without __slots__, and their subclasses).</summary>
    public bool InstancesHaveDict { get; internal set; }
    /// <summary>Number of __slots__ member slots instances hold (over the whole MRO).</summary>
    public int SlotCount { get; internal set; }
    /// <summary>Creates a bare instance of a subtype whose solid base is this builtin type (tp_alloc + tp_new).</summary>
    internal TypeNew? SubtypeNew { get; set; }

    private PyType? _metatype;
    private TypeSlots? _slots;
    /// <summary>Bumped when this type's or a base's dict changes: guards caches keyed on the type.</summary>
    internal int Version;
    private List<WeakReference<PyType>>? _subclasses;

    protected PyType(string name, PyType? baseType, Type? clrType)
    {
        _name = name;
        QualName = name;
        Base = baseType;
        Bases = baseType is null ? [] : [baseType];
        ClrType = clrType;
        Mro = baseType is null ? [this] : [this, .. baseType.Mro];
        SolidBase = this;
        InstanceBase = this;
        baseType?.AddSubclass(this);
    }

    /// <summary>A heap type: bases and MRO are set by TypeNew after the checks CPython makes.</summary>
    internal PyType(PyType metatype, string name, PyType[] bases, PyType[] mroOfBases, PyType solidBase, PyType instanceBase)
    {
        _name = name;
        QualName = name;
        _metatype = ReferenceEquals(metatype, TypeType) ? null : metatype;
        Base = bases[0];
        Bases = bases;
        Mro = [this, .. mroOfBases];
        SolidBase = solidBase;
        InstanceBase = instanceBase;
        ClrType = instanceBase.ClrType;
        IsHeapType = true;
        foreach (var b in bases) b.AddSubclass(this);
    }

    /// <summary>Makes a builtin type; its base is object unless given.</summary>
    public static PyType Builtin(string name, Type clrType, PyType? baseType = null, TypeNew? @new = null) =>
        new(name, baseType ?? ObjectType, clrType) { New = @new };

    public override PyType Type => _metatype ?? TypeType;

    internal void SetName(string name) => _name = name;

    public bool IsSubtype(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
            if (ReferenceEquals(mro[i], other)) return true;
        return false;
    }

    /// <summary>_PyType_Lookup: the attribute found first along the MRO, or null.</summary>
    public PyObject? LookupMro(PyStr name)
    {
        if (IsHeapType) return LookupMroCached(name);
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
            if (mro[i].Dict.TryGetValue(name, out var v)) return v;
        return null;
    }

    // The type attribute cache (CPython's type cache, per type here): name -> attribute, or
    // s_missing for names no class along the MRO defines. Dropped by Modified().
    private PyDict? _mroCache;
    private static readonly PyObject s_missing = new PyBaseObject();

    private PyObject? LookupMroCached(PyStr name)
    {
        var cache = _mroCache;
        if (cache is not null && cache.TryGetValue(name, out var hit))
            return ReferenceEquals(hit, s_missing) ? null : hit;
        PyObject? found = null;
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
            if (mro[i].Dict.TryGetValue(name, out var v)) { found = v; break; }
        cache ??= _mroCache = new PyDict();
        if (cache.Count < 4096) cache.SetItem(name, found ?? s_missing);
        return found;
    }

    /// <summary>Like LookupMro, also giving the type whose dict holds the attribute.</summary>
    public PyObject? LookupMro(PyStr name, out PyType? owner)
    {
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
            if (mro[i].Dict.TryGetValue(name, out var v)) { owner = mro[i]; return v; }
        owner = null;
        return null;
    }

    /// <summary>Adds a method implemented in C# to this type's dict.</summary>
    public void AddMethod(string name, MethodFn fn, string? doc = null) =>
        Dict.SetItem(PyStr.Intern(name), new PyMethodDescriptor(this, name, fn, doc));

    // ---- subclasses and cache invalidation -----------------------------------------------------------

    private void AddSubclass(PyType sub)
    {
        lock (this) (_subclasses ??= []).Add(new WeakReference<PyType>(sub));
    }

    internal void RemoveSubclass(PyType sub)
    {
        lock (this)
        {
            if (_subclasses is null) return;
            for (int i = _subclasses.Count - 1; i >= 0; i--)
                if (!_subclasses[i].TryGetTarget(out var t) || ReferenceEquals(t, sub)) _subclasses.RemoveAt(i);
        }
    }

    /// <summary>__subclasses__(): the live direct subclasses, in creation order.</summary>
    public List<PyType> Subclasses()
    {
        var result = new List<PyType>();
        lock (this)
        {
            if (_subclasses is null) return result;
            foreach (var w in _subclasses) if (w.TryGetTarget(out var t)) result.Add(t);
        }
        return result;
    }

    /// <summary>The slot table of a heap type (which dunders Python code overrides); built on demand.</summary>
    internal TypeSlots Slots
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _slots ?? BuildSlots();
    }

    private TypeSlots BuildSlots() => _slots = TypeSlots.Resolve(this);

    /// <summary>PyType_Modified: drops the caches of this type and every subclass.</summary>
    internal void Modified()
    {
        _slots = null;
        _mroCache = null;
        Version++;
        foreach (var sub in Subclasses()) sub.Modified();
    }

    internal void SetBases(PyType[] bases, PyType[] mro)
    {
        foreach (var b in Bases) b.RemoveSubclass(this);
        Bases = bases;
        Base = bases[0];
        Mro = mro;
        foreach (var b in bases) b.AddSubclass(this);
        Modified();
    }

    internal void SetMro(PyType[] mro)
    {
        Mro = mro;
        Modified();
    }

    // ---- the type as an object: repr, call, attributes -----------------------------------------------

    public override string Repr()
    {
        if (_metatype is not null && _metatype.Slots.Repr is { } r) return SlotCalls.ReprOf(r, this);
        var module = Module;
        return module == "builtins" ? $"<class '{QualName}'>" : $"<class '{module}.{QualName}'>";
    }

    public override string Str()
    {
        if (_metatype is not null && _metatype.Slots.Str is { } s) return SlotCalls.StrOf(s, this);
        return Repr();
    }

    public override bool IsCallable => true;

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (_metatype is not null && _metatype.Slots.Call is { } c) return SlotCalls.Call(c, this, args, kwnames);
        if (!IsHeapType)
        {
            if (New is null) throw PyErr.TypeError($"cannot create '{QualName}' instances");
            return New(this, args, kwnames);
        }
        return TypeCall.Call(this, args, kwnames);
    }

    public override PyObject? LookupAttr(PyStr name)
    {
        if (_metatype is not null)
        {
            var slots = _metatype.Slots;
            if (slots.GetAttribute is not null || slots.GetAttr is not null)
                return HeapAttributes.GetAttrWithHooks(this, slots, name);
        }
        return TypeGetAttr(name);
    }

    /// <summary>type_getattro: data descriptors on the metatype, then the type's own MRO, then the metatype.</summary>
    internal PyObject? TypeGetAttr(PyStr name)
    {
        var metatype = Type;
        var meta = metatype.LookupMro(name);
        if (meta is not null && meta.IsDataDescriptor) return meta.DescrGet(this, metatype);
        // type's __name__ and __qualname__ are data descriptors in CPython (type.__dict__ holds getsets for
        // them), so they win over the type's own attributes of that name, e.g. the generator type's
        // __name__ getset, which is for its instances.
        if (name.Value == "__name__") return PyStr.From(Name);
        if (name.Value == "__qualname__") return PyStr.From(QualName);
        var attr = LookupMro(name);
        if (attr is not null) return attr.IsDescriptor ? attr.DescrGet(null, this) : attr;
        switch (name.Value)
        {
            case "__module__": return PyStr.From(Module);
            case "__doc__": return Doc is null ? Py.None : PyStr.From(Doc);
            case "__mro__": return new PyTuple([.. Mro]);
            case "__base__": return (PyObject?)Base ?? Py.None;
            case "__bases__": return new PyTuple([.. Bases]);
            case "__dict__": return new PyMappingProxy(Dict);
        }
        if (meta is not null) return meta.IsDescriptor ? meta.DescrGet(this, metatype) : meta;
        return null;
    }

    public override string MissingAttributeMessage(string name) => $"type object '{Name}' has no attribute '{name}'";

    public override void SetAttr(PyStr name, PyObject? value)
    {
        if (_metatype is not null && _metatype.Slots is var slots
            && ((value is null ? slots.DelAttr : slots.SetAttr) is { } hook))
        {
            SlotCalls.SetAttrHook(hook, this, name, value);
            return;
        }
        TypeSetAttr(name, value);
    }

    /// <summary>type_setattro: metatype data descriptors, then the type's own dict (heap types only).</summary>
    internal void TypeSetAttr(PyStr name, PyObject? value)
    {
        var meta = Type.LookupMro(name);
        if (meta is not null && meta.IsDataDescriptor) { meta.DescrSet(this, value); return; }
        if (!IsHeapType)
            throw PyErr.TypeError($"cannot set '{name.Value}' attribute of immutable type '{Name}'");
        switch (name.Value)
        {
            case "__name__":
                if (value is not PyStr ns) throw PyErr.TypeError($"can only assign string to {Name}.__name__, not '{(value?.Type.Name ?? "NoneType")}'");
                _name = ns.Value;
                return;
            case "__qualname__":
                if (value is not PyStr qs) throw PyErr.TypeError($"can only assign string to {Name}.__qualname__, not '{(value?.Type.Name ?? "NoneType")}'");
                QualName = qs.Value;
                return;
            case "__bases__":
                if (value is null) throw PyErr.TypeError($"cannot delete '__bases__' attribute of immutable type '{Name}'");
                TypeFactory.AssignBases(this, value);
                return;
        }
        if (value is null)
        {
            if (!Dict.Remove(name)) throw PyErr.AttributeError($"type object '{Name}' has no attribute '{name.Value}'");
        }
        else Dict.SetItem(name, value);
        Modified();
    }

    // ---- other slots a metaclass may override ----------------------------------------------------------

    public override PyObject GetItem(PyObject key)
    {
        if (_metatype is not null && _metatype.Slots.GetItem is { } g) return SlotCalls.Call1(g, this, key);
        // PyObject_GetItem on a type: type[X] is special-cased (type has no __class_getitem__ of its
        // own, which every class would otherwise find through its metaclass), else __class_getitem__.
        if (ReferenceEquals(this, TypeType)) return new PyGenericAlias(this, key);
        var cgi = LookupMro(PyStr.Intern("__class_getitem__"));
        if (cgi is not null)
            return (cgi.IsDescriptor ? cgi.DescrGet(null, this) : cgi).Call([key], null);
        throw PyErr.TypeError($"type '{Name}' is not subscriptable");
    }

    public override PyObject Iter()
    {
        if (_metatype is not null && _metatype.Slots.Iter is { } f) return SlotCalls.IterOf(f, this);
        return base.Iter();
    }

    public override bool HasLength => _metatype is not null && _metatype.Slots.Len is not null;

    public override long Length()
    {
        if (_metatype is not null && _metatype.Slots.Len is { } f) return SlotCalls.LengthOf(f, this);
        return base.Length();
    }

    public override bool Contains(PyObject item)
    {
        if (_metatype is not null && _metatype.Slots.Contains is { } f) return Ops.IsTrue(SlotCalls.Call1(f, this, item));
        return base.Contains(item);
    }

    public override bool IsTrue()
    {
        if (_metatype is not null) return SlotCalls.TruthOf(this, _metatype.Slots, static _ => true);
        return true;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (_metatype is not null) return SlotCalls.RichCompare(this, _metatype.Slots, other, op, static (s, o, p) => Py.NotImplemented);
        return Py.NotImplemented;
    }

    public override long Hash()
    {
        if (_metatype is not null && _metatype.Slots.HashOverridden) return SlotCalls.HashOf(this, _metatype.Slots);
        return RuntimeHelpers.GetHashCode(this);
    }

    public override PyObject BinaryOp(BinaryOp op, PyObject other)
    {
        if (_metatype is not null && _metatype.Slots.Binary(op) is { } f) return SlotCalls.Call1(f, this, other);
        return op == Objects.BinaryOp.Or ? Classes.PyUnionType.Or(this, other) : Py.NotImplemented;
    }

    public override PyObject ReflectedBinaryOp(BinaryOp op, PyObject left)
    {
        if (_metatype is not null && _metatype.Slots.Reflected(op) is { } f) return SlotCalls.Call1(f, this, left);
        return op == Objects.BinaryOp.Or ? Classes.PyUnionType.Or(left, this) : Py.NotImplemented;
    }
}

/// <summary>An instance of plain <c>object()</c>.</summary>
public sealed class PyBaseObject : PyObject
{
    public override PyType Type => PyType.ObjectType;
}
