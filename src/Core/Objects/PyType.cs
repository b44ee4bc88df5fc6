// Type objects. A builtin type is a PyType whose Dict holds its methods (method descriptors) and whose
// New builds instances, as tp_new does. The class statement (a later issue) makes PyTypes at run time
// with the same shape: name, bases, MRO, dict.
namespace GilRuntime.Core.Objects;

/// <summary>tp_new + tp_init: builds an instance of <paramref name="type"/> from call arguments.</summary>
public delegate PyObject TypeNew(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

public class PyType : PyObject
{
    public static readonly PyType TypeType;
    public static readonly PyType ObjectType;

    static PyType()
    {
        ObjectType = new PyType("object", null, typeof(PyObject));
        TypeType = new PyType("type", ObjectType, typeof(PyType));
        ObjectType.New = static (type, args, kw) =>
        {
            if (args.Length > 0 || kw is not null)
                throw PyErr.TypeError("object() takes no arguments");
            return new PyBaseObject();
        };
        TypeType.New = static (type, args, kw) =>
        {
            if (args.Length == 1 && kw is null) return args[0].Type;
            throw PyErr.TypeError("type() takes 1 or 3 arguments");
        };
    }

    public string Name { get; }
    public string Module { get; set; } = "builtins";
    public string QualName { get; set; }
    public PyType? Base { get; }
    /// <summary>__mro__: this type first, object last.</summary>
    public PyType[] Mro { get; protected set; }
    public PyDict Dict { get; } = new();
    /// <summary>The .NET class of this type's instances (for builtin types).</summary>
    public Type? ClrType { get; }
    /// <summary>Constructor (tp_new + tp_init). Null: the type cannot be instantiated from Python.</summary>
    public TypeNew? New { get; set; }
    public string? Doc { get; set; }

    protected PyType(string name, PyType? baseType, Type? clrType)
    {
        Name = name;
        QualName = name;
        Base = baseType;
        ClrType = clrType;
        Mro = baseType is null ? [this] : [this, .. baseType.Mro];
    }

    /// <summary>Makes a builtin type; its base is object unless given.</summary>
    public static PyType Builtin(string name, Type clrType, PyType? baseType = null, TypeNew? @new = null) =>
        new(name, baseType ?? ObjectType, clrType) { New = @new };

    public override PyType Type => TypeType;

    public bool IsSubtype(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        foreach (var t in Mro)
            if (ReferenceEquals(t, other)) return true;
        return false;
    }

    /// <summary>_PyType_Lookup: the attribute found first along the MRO, or null.</summary>
    public PyObject? LookupMro(PyStr name)
    {
        foreach (var t in Mro)
            if (t.Dict.TryGetValue(name, out var v)) return v;
        return null;
    }

    /// <summary>Adds a method implemented in C# to this type's dict.</summary>
    public void AddMethod(string name, MethodFn fn, string? doc = null) =>
        Dict.SetItem(PyStr.Intern(name), new PyMethodDescriptor(this, name, fn, doc));

    public override string Repr() => Module == "builtins" ? $"<class '{QualName}'>" : $"<class '{Module}.{QualName}'>";
    public override bool IsCallable => true;

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (New is null) throw PyErr.TypeError($"cannot create '{QualName}' instances");
        return New(this, args, kwnames);
    }

    public override PyObject? LookupAttr(PyStr name)
    {
        // type_getattro: data descriptors on the metatype, then the type's own MRO, then the metatype.
        var meta = Type.LookupMro(name);
        if (meta is not null && meta.IsDataDescriptor) return meta.DescrGet(this, Type);
        var attr = LookupMro(name);
        if (attr is not null) return attr.IsDescriptor ? attr.DescrGet(null, this) : attr;
        switch (name.Value)
        {
            case "__name__": return PyStr.From(Name);
            case "__qualname__": return PyStr.From(QualName);
            case "__module__": return PyStr.From(Module);
            case "__doc__": return Doc is null ? Py.None : PyStr.From(Doc);
            case "__mro__": return new PyTuple([.. Mro]);
            case "__base__": return (PyObject?)Base ?? Py.None;
            case "__bases__": return Base is null ? PyTuple.Empty : new PyTuple([Base]);
        }
        if (meta is not null) return meta.IsDescriptor ? meta.DescrGet(this, Type) : meta;
        return null;
    }

    public override long Hash() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>An instance of plain <c>object()</c>.</summary>
public sealed class PyBaseObject : PyObject
{
    public override PyType Type => PyType.ObjectType;
}
