// The dunder entries of builtin types (CPython's slot wrappers: int.__add__, list.__getitem__,
// str.__eq__, ...). Each runs the BUILTIN slot even when given an instance of a Python subclass that
// overrides the dunder, so `super().__getitem__(i)` in a list subclass reaches list's code instead of
// recursing into the override: for heap instances the wrapper calls IHeapInstance.Base*, which calls
// the .NET base class's virtual non-virtually. Existing entries keep their argument handling for
// plain builtin receivers; entries CPython has but a type did not register are added for the slots
// its .NET class implements.
namespace GilRuntime.Core.Objects.Classes;

internal static class SlotWrappers
{
    private static readonly string[] s_binary =
        ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];
    private static readonly string[] s_compare = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

    public static void InstallAll(IEnumerable<PyType> types)
    {
        foreach (var t in types)
        {
            if (t.IsHeapType || ReferenceEquals(t, PyType.ObjectType)) continue;
            Install(t);
        }
    }

    /// <summary>wrap_descr_get: __get__(instance, owner=None).</summary>
    private static PyObject DescrGetWrapper(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Count > 0)
            throw PyErr.TypeError("expected 1 or 2 arguments, got keyword arguments");
        if (args.Length is < 1 or > 2)
            throw PyErr.TypeError($"expected 1 or 2 arguments, got {args.Length}");
        var instance = args[0] is PyNone ? null : args[0];
        var owner = args.Length == 2 && args[1] is not PyNone ? args[1] : null;
        if (instance is null && owner is null) throw PyErr.TypeError("__get__(None, None) is invalid");
        var ownerType = owner as PyType ?? instance?.Type
            ?? throw PyErr.TypeError($"descriptor owner must be a type, not {owner!.Type.Name}");
        return self.DescrGet(instance, ownerType);
    }

    private static bool Overrides(PyType t, string method, params Type[] args)
    {
        var clr = t.ClrType;
        if (clr is null || clr == typeof(PyObject)) return false;
        // PyType overrides the container slots only to reach a metaclass's dunders (Enum's __len__,
        // __iter__); `type` itself fills none of them, so it must not gain type.__len__ & co.
        if (clr == typeof(PyType) && method is "GetItem" or "Iter" or "Length" or "Contains") return false;
        var m = clr.GetMethod(method, args);
        return m is not null && m.DeclaringType != typeof(PyObject);
    }

    /// <summary>True when no builtin base below object already provides <paramref name="name"/>.</summary>
    private static bool Missing(PyType t, string name)
    {
        var v = t.LookupMro(PyStr.Intern(name), out var owner);
        return v is null || ReferenceEquals(owner, PyType.ObjectType);
    }

    private static void Set(PyType t, string name, MethodFn? original, MethodFn heap, MethodFn plain, bool add)
    {
        var key = PyStr.Intern(name);
        if (t.Dict.TryGetValue(key, out var existing))
        {
            if (existing is not PyMethodDescriptor md || !ReferenceEquals(md.Owner, t)) return;
            original = md.Method;
        }
        else if (!add) return;
        var orig = original ?? plain;
        t.Dict.SetItem(key, new PyMethodDescriptor(t, name,
            (self, args, kw) => self is IHeapInstance ? heap(self, args, kw) : orig(self, args, kw)));
    }

    private static void Install(PyType t)
    {
        static IHeapInstance H(PyObject o) => (IHeapInstance)o;

        Set(t, "__repr__", null, static (s, a, k) => { None("__repr__", a, k); return PyStr.From(H(s).BaseRepr()); },
            static (s, a, k) => { None("__repr__", a, k); return PyStr.From(s.Repr()); }, Overrides(t, "Repr") && Missing(t, "__repr__"));
        Set(t, "__str__", null, static (s, a, k) => { None("__str__", a, k); return PyStr.From(H(s).BaseStr()); },
            static (s, a, k) => { None("__str__", a, k); return PyStr.From(s.Str()); }, Overrides(t, "Str") && Missing(t, "__str__"));
        if (t.ClrType is { } clr && (clr == typeof(PyList) || clr == typeof(PyDict) || clr == typeof(PySet) || clr == typeof(PyByteArray)))
            t.Dict.SetItem(PyStr.Intern("__hash__"), Py.None);
        else
            Set(t, "__hash__", null, static (s, a, k) => { None("__hash__", a, k); return PyInt.From(H(s).BaseHash()); },
                static (s, a, k) => { None("__hash__", a, k); return PyInt.From(s.Hash()); }, Overrides(t, "Hash") && Missing(t, "__hash__"));
        bool cmp = Overrides(t, "RichCompare", typeof(PyObject), typeof(CompareOp));
        for (int i = 0; i < s_compare.Length; i++)
        {
            var op = (CompareOp)i;
            var name = s_compare[i];
            Set(t, name, null, (s, a, k) => { One(name, a, k); return H(s).BaseRichCompare(a[0], op); },
                (s, a, k) => { One(name, a, k); return s.RichCompare(a[0], op); }, cmp && Missing(t, name));
        }
        Set(t, "__bool__", null, static (s, a, k) => { None("__bool__", a, k); return Py.Bool(H(s).BaseIsTrue()); },
            static (s, a, k) => Py.Bool(s.IsTrue()), false);
        Set(t, "__len__", null, static (s, a, k) => { None("__len__", a, k); return PyInt.From(H(s).BaseLength()); },
            static (s, a, k) => { None("__len__", a, k); return PyInt.From(s.Length()); }, Overrides(t, "Length") && Missing(t, "__len__"));
        Set(t, "__getitem__", null, static (s, a, k) => { One("__getitem__", a, k); return H(s).BaseGetItem(a[0]); },
            static (s, a, k) => { One("__getitem__", a, k); return s.GetItem(a[0]); }, Overrides(t, "GetItem", typeof(PyObject)) && Missing(t, "__getitem__"));
        Set(t, "__setitem__", null, static (s, a, k) => { Two("__setitem__", a, k); H(s).BaseSetItem(a[0], a[1]); return Py.None; },
            static (s, a, k) => { Two("__setitem__", a, k); s.SetItem(a[0], a[1]); return Py.None; }, Overrides(t, "SetItem", typeof(PyObject), typeof(PyObject)) && Missing(t, "__setitem__"));
        Set(t, "__delitem__", null, static (s, a, k) => { One("__delitem__", a, k); H(s).BaseDelItem(a[0]); return Py.None; },
            static (s, a, k) => { One("__delitem__", a, k); s.DelItem(a[0]); return Py.None; }, Overrides(t, "DelItem", typeof(PyObject)) && Missing(t, "__delitem__"));
        Set(t, "__contains__", null, static (s, a, k) => { One("__contains__", a, k); return Py.Bool(H(s).BaseContains(a[0])); },
            static (s, a, k) => { One("__contains__", a, k); return Py.Bool(s.Contains(a[0])); }, Overrides(t, "Contains", typeof(PyObject)) && Missing(t, "__contains__"));
        Set(t, "__iter__", null, static (s, a, k) => { None("__iter__", a, k); return H(s).BaseIter(); },
            static (s, a, k) => { None("__iter__", a, k); return s.Iter(); }, Overrides(t, "Iter") && Missing(t, "__iter__"));
        Set(t, "__next__", null, static (s, a, k) => { None("__next__", a, k); return H(s).BaseNext() ?? throw PyErr.StopIteration(); },
            static (s, a, k) => { None("__next__", a, k); return s.Next() ?? throw PyErr.StopIteration(); }, false);
        Set(t, "__format__", null, static (s, a, k) => { One("__format__", a, k); return PyStr.From(H(s).BaseFormat(SpecOf(a[0]))); },
            static (s, a, k) => { One("__format__", a, k); return PyStr.From(s.Format(SpecOf(a[0]))); }, false);
        Set(t, "__index__", null, static (s, a, k) => { None("__index__", a, k); return (PyObject?)H(s).BaseIndex() ?? throw PyErr.TypeError("__index__ not supported"); },
            static (s, a, k) => Ops.Index(s), false);
        Set(t, "__int__", null, static (s, a, k) => { None("__int__", a, k); return H(s).BaseToInt() ?? throw PyErr.TypeError("__int__ not supported"); },
            static (s, a, k) => s.ToInt() ?? throw PyErr.TypeError("__int__ not supported"), false);
        Set(t, "__float__", null, static (s, a, k) => { None("__float__", a, k); return H(s).BaseToFloat() ?? throw PyErr.TypeError("__float__ not supported"); },
            static (s, a, k) => s.ToFloat() ?? throw PyErr.TypeError("__float__ not supported"), false);
        Set(t, "__neg__", null, static (s, a, k) => H(s).BaseNegative(), static (s, a, k) => s.Negative(), false);
        Set(t, "__pos__", null, static (s, a, k) => H(s).BasePositive(), static (s, a, k) => s.Positive(), false);
        Set(t, "__abs__", null, static (s, a, k) => H(s).BaseAbsolute(), static (s, a, k) => s.Absolute(), false);
        Set(t, "__invert__", null, static (s, a, k) => H(s).BaseInvert(), static (s, a, k) => s.Invert(), false);
        Set(t, "__call__", null, static (s, a, k) => H(s).BaseCall(a, k), static (s, a, k) => s.Call(a, k),
            Overrides(t, "Call", typeof(ReadOnlySpan<PyObject>), typeof(PyTuple)) && Missing(t, "__call__"));
        // tp_descr_get: functions, builtin methods and the like expose __get__ (functools.partialmethod
        // and every hand-written descriptor wrapper call it). Subclassable types register their own.
        if (!t.IsBaseType && Overrides(t, "DescrGet", typeof(PyObject), typeof(PyType)) && Missing(t, "__get__"))
            t.Dict.SetItem(PyStr.Intern("__get__"), new PyMethodDescriptor(t, "__get__", static (s, a, k) => DescrGetWrapper(s, a, k)));

        for (int i = 0; i < s_binary.Length; i++)
        {
            var op = (BinaryOp)i;
            string name = "__" + s_binary[i] + "__", rname = "__r" + s_binary[i] + "__", iname = "__i" + s_binary[i] + "__";
            Set(t, name, null, (s, a, k) =>
            {
                if (op == BinaryOp.Power && a.Length == 2 && a[1] is not PyNone) return H(s).BaseTernaryPower(a[0], a[1]);
                One(name, a, k);
                var r = H(s).BaseBinaryOp(op, a[0]);
                if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
                return SequenceOp(s, a[0], op) ?? r;
            }, static (s, a, k) => Py.NotImplemented, false);
            Set(t, rname, null, (s, a, k) =>
            {
                if (op == BinaryOp.Power && a.Length == 2 && a[1] is not PyNone) return a[0].TernaryPower(s, a[1]);
                One(rname, a, k);
                var r = H(s).BaseReflectedBinaryOp(op, a[0]);
                if (!ReferenceEquals(r, PyNotImplemented.Instance) || op != BinaryOp.Multiply) return r;
                return SequenceOp(s, a[0], op) ?? r;
            }, static (s, a, k) => Py.NotImplemented, false);
            Set(t, iname, null, (s, a, k) =>
            {
                One(iname, a, k);
                return H(s).BaseInplaceOp(op, a[0]);
            }, static (s, a, k) => Py.NotImplemented, false);
        }
    }

    private static PyObject? SequenceOp(PyObject self, PyObject other, BinaryOp op)
    {
        if (op == BinaryOp.Add) return self.SequenceConcat(other);
        if (op == BinaryOp.Multiply && other.Index() is { } n)
            return self.SequenceRepeat(n.IsSmall ? n.Value : throw PyErr.OverflowError("cannot fit 'int' into an index-sized integer"));
        return null;
    }

    private static string SpecOf(PyObject o) => o is PyStr s ? s.Value
        : throw PyErr.TypeError($"__format__() argument must be str, not {o.Type.Name}");

    private static void None(string name, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        if (a.Length != 0 || k is not null) throw PyErr.TypeError($"expected 0 arguments, got {a.Length}");
    }

    private static void One(string name, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        if (a.Length != 1 || k is not null) throw PyErr.TypeError($"expected 1 argument, got {a.Length}");
    }

    private static void Two(string name, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        if (a.Length != 2 || k is not null) throw PyErr.TypeError($"expected 2 arguments, got {a.Length}");
    }
}
