// Calling a class (CPython's type_call): obj = cls.__new__(cls, *args); if obj is an instance of cls,
// cls.__init__(obj, *args). The __new__/__init__ pair comes from the type's slot table; the common case
// (object.__new__ with a Python __init__) allocates the instance directly without argument copies.
namespace GilRuntime.Core.Objects.Classes;

using GilRuntime.Core.Runtime;

internal static class TypeCall
{
    /// <summary>type_call for <paramref name="type"/> (the metatype's own __call__ is not consulted).</summary>
    public static PyObject Call(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!type.IsHeapType)
        {
            if (ReferenceEquals(type, PyType.TypeType))
            {
                if (args.Length == 1 && kwnames is null) return args[0].Type;
                if (args.Length - (kwnames?.Count ?? 0) != 3) throw PyErr.TypeError("type() takes 1 or 3 arguments");
                var t = TypeFactory.New(PyType.TypeType, args, kwnames);
                return t;
            }
            if (type.New is null) throw PyErr.TypeError($"cannot create '{type.QualName}' instances");
            return type.New(type, args, kwnames);
        }
        var s = type.Slots;
        PyObject obj;
        if (ReferenceEquals(s.NewOwner, PyType.ObjectType))
        {
            if (!ReferenceEquals(type.InstanceBase, PyType.ObjectType))
                throw PyErr.TypeError($"object.__new__({type.Name}) is not safe, use {type.InstanceBase.Name}.__new__()");
            if (args.Length > 0 && ReferenceEquals(s.InitOwner, PyType.ObjectType))
                throw PyErr.TypeError($"{type.Name}() takes no arguments");
            if (type.IsAbstract) throw BuiltinNew.AbstractError(type);
            obj = new PyInstance(type);
            if (s.InitOwner!.IsHeapType)
            {
                CallInit(s.InitFn!, obj, args, kwnames);
                return obj;
            }
        }
        else if (s.NewOwner!.IsHeapType)
        {
            var newFn = s.NewFn!;
            var callable = newFn.IsDescriptor ? newFn.DescrGet(null, type) : newFn;
            obj = CallWithFirst(callable, type, args, kwnames);
        }
        else obj = BuiltinNew.NewFor(s.NewOwner, type, args, kwnames);

        if (!obj.Type.IsSubtype(type)) return obj;
        var os = ReferenceEquals(obj.Type, type) ? s : obj.Type.Slots;
        if (os.InitOwner!.IsHeapType) CallInit(os.InitFn!, obj, args, kwnames);
        else if (ReferenceEquals(os.InitOwner, PyType.ObjectType))
        {
            if (args.Length > 0 && ReferenceEquals(os.NewOwner, PyType.ObjectType))
                throw PyErr.TypeError($"{obj.Type.Name}() takes no arguments");
        }
        else if (os.InitFn is PyMethodDescriptor md) md.CallWithSelf(obj, args, kwnames);
        else if (os.InitFn is not null) CallWithFirst(os.InitFn, obj, args, kwnames);
        return obj;
    }

    private static void CallInit(PyObject init, PyObject obj, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var r = SlotCalls.Call(init, obj, args, kwnames);
        if (r is not PyNone) throw PyErr.TypeError($"__init__() should return None, not '{r.Type.Name}'");
    }

    /// <summary>Calls <paramref name="callable"/> with <paramref name="first"/> prepended to the arguments.</summary>
    public static PyObject CallWithFirst(PyObject callable, PyObject first, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var all = new PyObject[args.Length + 1];
        all[0] = first;
        args.CopyTo(all.AsSpan(1));
        if (callable is PyFunction fn) return EvalLoop.CallFunction(ThreadState.Current, fn, all, kwnames);
        return callable.Call(all, kwnames);
    }
}
