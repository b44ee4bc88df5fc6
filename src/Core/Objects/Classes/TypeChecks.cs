// isinstance / issubclass (CPython's abstract.c object_isinstance / object_issubclass): tuples
// (nested), __instancecheck__ / __subclasscheck__ on the metaclass, and the __class__ / __bases__
// protocol for objects that are not types.
namespace GilRuntime.Core.Objects.Classes;

public static class TypeChecks
{
    private static readonly PyStr s_instancecheck = PyStr.Intern("__instancecheck__");
    private static readonly PyStr s_subclasscheck = PyStr.Intern("__subclasscheck__");
    private static readonly PyStr s_class = PyStr.Intern("__class__");
    private static readonly PyStr s_bases = PyStr.Intern("__bases__");

    /// <summary>PyObject_IsInstance.</summary>
    public static bool IsInstance(PyObject obj, PyObject cls)
    {
        if (cls is PyType t && ReferenceEquals(obj.Type, t)) return true;
        if (cls is PyType exact && !exact.Type.IsHeapType) return RecursiveIsInstance(obj, exact);
        if (cls is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
                if (IsInstance(obj, item)) return true;
            return false;
        }
        var check = cls.Type.LookupMro(s_instancecheck);
        if (check is not null)
            return Ops.IsTrue(SlotCalls.Call1(check, cls, obj));
        return RecursiveIsInstance(obj, cls);
    }

    /// <summary>PyObject_IsSubclass.</summary>
    public static bool IsSubclass(PyObject derived, PyObject cls)
    {
        if (cls is PyType exact && !exact.Type.IsHeapType && derived is PyType dt) return dt.IsSubtype(exact);
        if (cls is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
                if (IsSubclass(derived, item)) return true;
            return false;
        }
        var check = cls.Type.LookupMro(s_subclasscheck);
        if (check is not null)
            return Ops.IsTrue(SlotCalls.Call1(check, cls, derived));
        return RecursiveIsSubclass(derived, cls);
    }

    /// <summary>object_isinstance: type(obj) or obj.__class__ is a subclass of cls.</summary>
    public static bool RecursiveIsInstance(PyObject obj, PyObject cls)
    {
        if (cls is PyType t)
        {
            if (obj.Type.IsSubtype(t)) return true;
            var c = SafeGetAttr(obj, s_class);
            return c is PyType ct && !ReferenceEquals(ct, obj.Type) && ct.IsSubtype(t);
        }
        if (!IsClassLike(cls))
            throw PyErr.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        var icls = SafeGetAttr(obj, s_class);
        return icls is not null && AbstractIsSubclass(icls, cls);
    }

    /// <summary>object_issubclass.</summary>
    public static bool RecursiveIsSubclass(PyObject derived, PyObject cls)
    {
        if (derived is PyType d && cls is PyType c) return d.IsSubtype(c);
        if (!IsClassLike(derived)) throw PyErr.TypeError("issubclass() arg 1 must be a class");
        if (!IsClassLike(cls)) throw PyErr.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return AbstractIsSubclass(derived, cls);
    }

    private static bool IsClassLike(PyObject o) => o is PyType || SafeGetAttr(o, s_bases) is PyTuple;

    private static bool AbstractIsSubclass(PyObject derived, PyObject cls)
    {
        if (ReferenceEquals(derived, cls)) return true;
        if (SafeGetAttr(derived, s_bases) is not PyTuple bases) return false;
        foreach (var b in bases.Items)
            if (AbstractIsSubclass(b, cls)) return true;
        return false;
    }

    private static PyObject? SafeGetAttr(PyObject o, PyStr name)
    {
        try { return o.LookupAttr(name); }
        catch (PyException e) when (e.Value.Type.IsSubtype(ExceptionTypes.AttributeError)) { return null; }
    }
}
