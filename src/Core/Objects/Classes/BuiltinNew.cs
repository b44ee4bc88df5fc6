// The `__new__` of builtin types (CPython's tp_new_wrapper): `int.__new__(MyInt, 5)`,
// `object.__new__(cls)`. A builtin_function_or_method bound to its type, stored in the type's dict
// (no descriptor behaviour, so super().__new__ returns it unchanged). NewFor runs a builtin type's
// tp_new for a subtype: it builds the builtin value, then an instance of the subtype's .NET class.
namespace GilRuntime.Core.Objects.Classes;

using System.Text;

public sealed class PyBuiltinNew : PyObject
{
    public PyType Owner { get; }

    public PyBuiltinNew(PyType owner) { Owner = owner; }

    public override PyType Type => PyBuiltinFunction.TypeObject;
    public override bool IsCallable => true;

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var name = Owner.Name;
        if (args.Length - (kwnames?.Count ?? 0) < 1) throw PyErr.TypeError($"{name}.__new__(): not enough arguments");
        if (args[0] is not PyType sub)
            throw PyErr.TypeError($"{name}.__new__(X): X is not a type object ({args[0].Type.Name})");
        if (!sub.IsSubtype(Owner))
            throw PyErr.TypeError($"{name}.__new__({sub.Name}): {sub.Name} is not a subtype of {name}");
        if (!ReferenceEquals(sub.InstanceBase, Owner.InstanceBase) && !IsLayoutCompatibleNew(Owner, sub))
            throw PyErr.TypeError($"{name}.__new__({sub.Name}) is not safe, use {sub.InstanceBase.Name}.__new__()");
        return BuiltinNew.NewFor(Owner, sub, args[1..], kwnames);
    }

    // Exception types share one layout: ValueError.__new__(MyError) is fine.
    private static bool IsLayoutCompatibleNew(PyType owner, PyType sub) =>
        owner.IsSubtype(ExceptionTypes.BaseException) && sub.IsSubtype(ExceptionTypes.BaseException);

    public override string Repr() => $"<built-in method __new__ of type object at {Ops.IdHex(Owner)}>";

    public override PyObject? LookupAttr(PyStr name) => name.Value switch
    {
        "__name__" or "__qualname__" => PyStr.From(name.Value == "__name__" ? "__new__" : Owner.Name + ".__new__"),
        "__self__" => Owner,
        _ => base.LookupAttr(name),
    };
}

internal static class BuiltinNew
{
    /// <summary>Runs <paramref name="owner"/>'s tp_new for <paramref name="sub"/> (owner itself or a subtype).</summary>
    public static PyObject NewFor(PyType owner, PyType sub, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (ReferenceEquals(owner, PyType.ObjectType)) return ObjectNew(sub, args, kwnames);
        if (ReferenceEquals(owner, PyType.TypeType) || (owner.IsSubtype(PyType.TypeType) && !owner.IsHeapType))
            return TypeFactory.New(sub, args, kwnames);
        if (!sub.IsHeapType)
        {
            if (sub.New is null) throw PyErr.TypeError($"cannot create '{sub.QualName}' instances");
            // Mutable containers: __new__ makes an empty object, __init__ fills it.
            if (IsFilledByInit(sub)) return sub.New(sub, [], null);
            return sub.New(sub, args, kwnames);
        }
        for (var t = owner; t is not null; t = t.Base)
            if (t.SubtypeNew is { } make) return make(sub, args, kwnames);
        throw PyErr.TypeError($"cannot create '{sub.Name}' instances");
    }

    private static bool IsFilledByInit(PyType t) =>
        ReferenceEquals(t, PyList.TypeObject) || ReferenceEquals(t, PyDict.TypeObject)
        || ReferenceEquals(t, PySet.TypeObject) || ReferenceEquals(t, PyByteArray.TypeObject);

    /// <summary>object_new, with CPython's excess-argument rules.</summary>
    public static PyObject ObjectNew(PyType sub, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length > 0 && sub.IsHeapType)
        {
            var s = sub.Slots;
            if (!ReferenceEquals(s.NewOwner, PyType.ObjectType))
                throw PyErr.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
            if (ReferenceEquals(s.InitOwner, PyType.ObjectType))
                throw PyErr.TypeError($"{sub.Name}() takes no arguments");
        }
        if (!sub.IsHeapType)
        {
            if (ReferenceEquals(sub, PyType.ObjectType))
            {
                if (args.Length > 0) throw PyErr.TypeError("object() takes no arguments");
                return new PyBaseObject();
            }
            throw PyErr.TypeError($"object.__new__({sub.Name}) is not safe, use {sub.Name}.__new__()");
        }
        if (!ReferenceEquals(sub.InstanceBase, PyType.ObjectType))
            throw PyErr.TypeError($"object.__new__({sub.Name}) is not safe, use {sub.InstanceBase.Name}.__new__()");
        if (sub.IsAbstract) throw AbstractError(sub);
        return new PyInstance(sub);
    }

    public static PyException AbstractError(PyType t)
    {
        t.Dict.TryGetValue(PyStr.Intern("__abstractmethods__"), out var am);
        var names = new List<string>();
        foreach (var n in Ops.ToClrList(am)) names.Add(Ops.Str(n));
        names.Sort(string.CompareOrdinal);
        var sb = new StringBuilder();
        sb.Append("Can't instantiate abstract class ").Append(t.Name).Append(" with abstract method");
        if (names.Count != 1) sb.Append('s');
        sb.Append(' ').Append(string.Join(", ", names));
        return PyErr.TypeError(sb.ToString());
    }
}
