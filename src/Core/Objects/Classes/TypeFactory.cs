// type.__new__(metatype, name, bases, namespace, **kwargs) (CPython's type_new and its helpers):
// the winner metaclass, the base checks, the solid base ("instance lay-out conflict"), the C3 MRO,
// __slots__, the instance __dict__, implicit staticmethod/classmethod wrapping, __hash__ = None next to
// __eq__, __set_name__ and __init_subclass__.
namespace GilRuntime.Core.Objects.Classes;

using System.Text;
using GilRuntime.Core.Runtime;

internal static class TypeFactory
{
    private static readonly PyStr s_module = PyStr.Intern("__module__");
    private static readonly PyStr s_qualname = PyStr.Intern("__qualname__");
    private static readonly PyStr s_doc = PyStr.Intern("__doc__");
    private static readonly PyStr s_slots = PyStr.Intern("__slots__");
    private static readonly PyStr s_classcell = PyStr.Intern("__classcell__");
    private static readonly PyStr s_eq = PyStr.Intern("__eq__");
    private static readonly PyStr s_hash = PyStr.Intern("__hash__");
    private static readonly PyStr s_new = PyStr.Intern("__new__");
    private static readonly PyStr s_dictName = PyStr.Intern("__dict__");
    private static readonly PyStr s_weakref = PyStr.Intern("__weakref__");

    /// <summary>type.__new__(meta, name, bases, ns, **kwargs).</summary>
    public static PyObject New(PyType meta, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos != 3)
            throw PyErr.TypeError(npos == 1 ? "type.__new__() takes exactly 3 arguments (1 given)"
                : $"type.__new__() takes exactly 3 arguments ({npos} given)");
        if (args[0] is not PyStr name) throw PyErr.TypeError($"type.__new__() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyTuple basesTuple) throw PyErr.TypeError($"type.__new__() argument 2 must be tuple, not {args[1].Type.Name}");
        if (args[2] is not PyDict ns) throw PyErr.TypeError($"type.__new__() argument 3 must be dict, not {args[2].Type.Name}");

        var winner = CalculateMetaclass(meta, basesTuple);
        if (!ReferenceEquals(winner, meta))
        {
            var winnerNew = winner.LookupMro(s_new, out var owner);
            if (owner is not null && owner.IsHeapType)
            {
                var callable = winnerNew!.IsDescriptor ? winnerNew.DescrGet(null, winner) : winnerNew;
                return TypeCall.CallWithFirst(callable, winner, args, kwnames);
            }
            meta = winner;
        }

        var bases = new PyType[Math.Max(basesTuple.Count, 1)];
        if (basesTuple.Count == 0) bases[0] = PyType.ObjectType;
        for (int i = 0; i < basesTuple.Count; i++)
        {
            if (basesTuple[i] is not PyType b) throw PyErr.TypeError("bases must be types");
            if (!b.IsBaseType) throw PyErr.TypeError($"type '{b.Name}' is not an acceptable base type");
            for (int j = 0; j < i; j++)
                if (ReferenceEquals(bases[j], b)) throw PyErr.TypeError($"duplicate base class {b.Name}");
            bases[i] = b;
        }
        var solid = BestBase(bases);

        // __slots__
        PyStr[]? slotNames = null;
        bool addDict = false, addWeakref = false;
        bool baseHasDict = false;
        foreach (var b in bases)
            if (b.InstancesHaveDict || b.InstanceBase.IsSubtype(ExceptionTypes.BaseException) || b.IsSubtype(PyType.TypeType))
                baseHasDict = true; // exceptions and types carry their own __dict__
        if (ns.TryGetValue(s_slots, out var slotsObj))
        {
            var items = slotsObj is PyStr one ? [one] : Ops.ToClrList(slotsObj);
            var names = new List<PyStr>();
            foreach (var item in items)
            {
                if (item is not PyStr sn) throw PyErr.TypeError($"__slots__ items must be strings, not '{item.Type.Name}'");
                if (!IsIdentifier(sn.Value)) throw PyErr.TypeError("__slots__ must be identifiers");
                if (sn.Value == "__dict__")
                {
                    if (addDict || baseHasDict) throw PyErr.TypeError("__dict__ slot disallowed: we already got one");
                    addDict = true;
                    continue;
                }
                if (sn.Value == "__weakref__")
                {
                    if (addWeakref) throw PyErr.TypeError("__weakref__ slot disallowed: either we already got one, or the base type's instances have a weakref slot");
                    addWeakref = true;
                    continue;
                }
                var mangled = PyStr.Intern(Mangle(name.Value, sn.Value));
                foreach (var prev in names)
                    if (prev.Value == mangled.Value) throw PyErr.TypeError($"duplicate slot name"); // rare
                if (ns.TryGetValue(mangled, out _))
                    throw PyErr.ValueError($"'{sn.Value}' in __slots__ conflicts with class variable");
                names.Add(mangled);
            }
            slotNames = [.. names];
            if (slotNames.Length > 0 && !solid.IsHeapType && !ReferenceEquals(solid, PyType.ObjectType) && !solid.IsSubtype(ExceptionTypes.BaseException)
                && solid.InstanceBase.Name is "int" or "bytes" or "tuple")
                throw PyErr.TypeError($"nonempty __slots__ not supported for subtype of '{solid.Name}'");
        }

        var mro = C3(null, bases);
        var instanceBase = solid.InstanceBase;
        var layout = slotNames is { Length: > 0 } ? null : solid; // a type adding slots is its own solid base
        var type = new PyType(meta, name.Value, bases, mro, layout ?? PyType.ObjectType, instanceBase);
        if (layout is null) type.SolidBase = type;
        type.IsBaseType = true;
        int inheritedSlots = 0;
        foreach (var b in bases) inheritedSlots = Math.Max(inheritedSlots, b.SlotCount);
        type.SlotCount = inheritedSlots + (slotNames?.Length ?? 0);
        type.InstancesHaveDict = slotNames is null ? true : addDict || baseHasDict;
        if (!type.InstancesHaveDict)
            foreach (var b in bases) if (b.InstancesHaveDict) type.InstancesHaveDict = true;

        // The namespace is copied: later changes to ns do not affect the class.
        var dict = type.Dict;
        foreach (var kv in ns.Items()) dict.SetItem(kv.Key, kv.Value);

        if (!dict.TryGetValue(s_module, out _))
        {
            var frame = ThreadState.CurrentOrNull?.Frame;
            if (frame is not null && frame.Globals.TryGetValue(PyStr.Intern("__name__"), out var modName))
                dict.SetItem(s_module, modName);
        }
        if (dict.TryGetValue(s_qualname, out var qn))
        {
            if (qn is not PyStr qs) throw PyErr.TypeError($"type __qualname__ must be a str, not {qn.Type.Name}");
            type.QualName = qs.Value;
            dict.Remove(s_qualname);
        }
        if (!dict.TryGetValue(s_doc, out _)) dict.SetItem(s_doc, Py.None);

        if (dict.TryGetValue(s_new, out var newFn) && newFn is PyFunction) dict.SetItem(s_new, new PyStaticMethod(newFn));
        foreach (var cmName in s_implicitClassMethods)
            if (dict.TryGetValue(cmName, out var cm) && cm is PyFunction) dict.SetItem(cmName, new PyClassMethod(cm));
        if (dict.TryGetValue(s_eq, out _) && !dict.TryGetValue(s_hash, out _)) dict.SetItem(s_hash, Py.None);

        if (slotNames is not null)
            for (int i = 0; i < slotNames.Length; i++)
                dict.SetItem(slotNames[i], new PyMemberDescriptor(type, slotNames[i].Value, inheritedSlots + i));
        if (type.InstancesHaveDict && !baseHasDict)
        {
            dict.SetItem(s_dictName, InstanceDictDescriptor(type));
            if (slotNames is null || addWeakref) dict.SetItem(s_weakref, WeakrefDescriptor(type));
        }
        else if (addWeakref) dict.SetItem(s_weakref, WeakrefDescriptor(type));

        if (dict.TryGetValue(s_classcell, out var cell))
        {
            if (cell is not PyCell c)
                throw PyErr.TypeError($"__classcell__ must be a nonlocal cell, not {cell.Type.Repr()}");
            c.Value = type;
            dict.Remove(s_classcell);
        }

        SetNames(type);
        InitSubclass(type, args[3..], kwnames);
        return type;
    }

    private static readonly PyStr[] s_implicitClassMethods = [PyStr.Intern("__init_subclass__"), PyStr.Intern("__class_getitem__")];

    /// <summary>_PyType_CalculateMetaclass: the most derived metaclass of meta and the bases' types.</summary>
    public static PyType CalculateMetaclass(PyType meta, PyTuple bases)
    {
        var winner = meta;
        foreach (var b in bases.Items)
        {
            var tmp = b.Type;
            if (winner.IsSubtype(tmp)) continue;
            if (tmp.IsSubtype(winner)) { winner = tmp; continue; }
            throw PyErr.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /// <summary>best_base: the base whose solid base is the most derived; layouts must form a chain.</summary>
    private static PyType BestBase(PyType[] bases)
    {
        PyType? winner = null, best = null;
        foreach (var b in bases)
        {
            var candidate = b.SolidBase;
            if (winner is null) { winner = candidate; best = b; }
            else if (winner.IsSubtype(candidate)) { }
            else if (candidate.IsSubtype(winner)) { winner = candidate; best = b; }
            else throw PyErr.TypeError("multiple bases have instance lay-out conflict");
        }
        return best!.SolidBase.IsHeapType ? best.SolidBase : SolidOf(best!);
    }

    private static PyType SolidOf(PyType b) => b.SolidBase;

    // ---- MRO -------------------------------------------------------------------------------------------

    /// <summary>The C3 linearization of [type] + merge(mro(bases)..., bases).</summary>
    public static PyType[] C3(PyType? type, PyType[] bases)
    {
        var seqs = new List<List<PyType>>();
        foreach (var b in bases) seqs.Add([.. b.Mro]);
        seqs.Add([.. bases]);
        var result = new List<PyType>();
        if (type is not null) result.Add(type);
        while (true)
        {
            bool any = false;
            foreach (var s in seqs) if (s.Count > 0) { any = true; break; }
            if (!any) break;
            PyType? candidate = null;
            foreach (var s in seqs)
            {
                if (s.Count == 0) continue;
                var head = s[0];
                bool inTail = false;
                foreach (var other in seqs)
                    for (int i = 1; i < other.Count; i++)
                        if (ReferenceEquals(other[i], head)) { inTail = true; break; }
                if (!inTail) { candidate = head; break; }
            }
            if (candidate is null) throw MroError(seqs);
            result.Add(candidate);
            foreach (var s in seqs)
                if (s.Count > 0 && ReferenceEquals(s[0], candidate)) s.RemoveAt(0);
        }
        return [.. result];
    }

    private static PyException MroError(List<List<PyType>> seqs)
    {
        // CPython lists the heads of the remaining sequences, without repeats, in order.
        var names = new List<string>();
        var seen = new HashSet<PyType>(ReferenceEqualityComparer.Instance);
        foreach (var s in seqs)
            if (s.Count > 0 && seen.Add(s[0])) names.Add(s[0].Name);
        return PyErr.TypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {string.Join(", ", names)}");
    }

    /// <summary>A heap type's __mro__ including itself (the constructor puts the type first).</summary>
    public static PyType[] MroFor(PyType type, PyType[] bases)
    {
        var rest = C3(null, bases);
        var mro = new PyType[rest.Length + 1];
        mro[0] = type;
        rest.CopyTo(mro, 1);
        return mro;
    }

    /// <summary>cls.__bases__ = (...): recomputes the MRO of the class (and its subclasses).</summary>
    public static void AssignBases(PyType type, PyObject value)
    {
        if (value is not PyTuple t) throw PyErr.TypeError($"can only assign tuple to {type.Name}.__bases__, not {value.Type.Name}");
        if (t.Count == 0) throw PyErr.TypeError($"can only assign non-empty tuple to {type.Name}.__bases__, not ()");
        var bases = new PyType[t.Count];
        for (int i = 0; i < bases.Length; i++)
        {
            if (t[i] is not PyType b) throw PyErr.TypeError($"{type.Name}.__bases__ must be tuple of classes, not '{t[i].Type.Name}'");
            if (b.IsSubtype(type)) throw PyErr.TypeError("a __bases__ item causes an inheritance cycle");
            bases[i] = b;
        }
        if (!ReferenceEquals(BestBase(bases).InstanceBase, type.InstanceBase))
            throw PyErr.TypeError($"__bases__ assignment: '{bases[0].Name}' deallocator differs from '{type.Base!.Name}'");
        var mro = C3(null, bases);
        var full = new PyType[mro.Length + 1];
        full[0] = type;
        mro.CopyTo(full, 1);
        type.SetBases(bases, full);
        foreach (var sub in type.Subclasses()) RecomputeMro(sub);
    }

    private static void RecomputeMro(PyType t)
    {
        t.SetMro(MroFor(t, t.Bases));
        foreach (var sub in t.Subclasses()) RecomputeMro(sub);
    }

    // ---- the pieces type_new adds --------------------------------------------------------------------

    private static PyObject InstanceDictDescriptor(PyType type) =>
        new PyGetSetDescriptor(type, "__dict__",
            static o => o is IHeapInstance h ? (h.InstanceDict ??= new PyDict())
                : throw PyErr.TypeError("descriptor '__dict__' for objects doesn't apply"),
            static (o, v) =>
            {
                if (o is not IHeapInstance h) return;
                if (v is null) { h.InstanceDict = null; return; }
                if (v is not PyDict d) throw PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{v.Type.Name}'");
                h.InstanceDict = d;
            });

    private static PyObject WeakrefDescriptor(PyType type) =>
        new PyGetSetDescriptor(type, "__weakref__", static o => Py.None);

    /// <summary>type_new_set_names: value.__set_name__(cls, name) for each class attribute that has it.</summary>
    private static void SetNames(PyType type)
    {
        var setName = PyStr.Intern("__set_name__");
        var items = new List<KeyValuePair<PyObject, PyObject>>(type.Dict.Items());
        foreach (var kv in items)
        {
            var hook = kv.Value.Type.LookupMro(setName);
            if (hook is null) continue;
            try
            {
                SlotCalls.Call2(hook, kv.Value, type, kv.Key);
            }
            catch (PyException e)
            {
                var err = PyErr.RuntimeError($"Error calling __set_name__ on '{kv.Value.Type.Name}' instance {Ops.Repr(kv.Key)} in '{type.Name}'");
                err.Value.Cause = e.Value;
                err.Value.SuppressContext = true;
                err.Value.Context = e.Value;
                throw err;
            }
        }
    }

    /// <summary>type_new_init_subclass: super(type, type).__init_subclass__(**kwargs).</summary>
    private static void InitSubclass(PyType type, ReadOnlySpan<PyObject> kwValues, PyTuple? kwnames)
    {
        var key = PyStr.Intern("__init_subclass__");
        var mro = type.Mro;
        for (int i = 1; i < mro.Length; i++)
        {
            if (!mro[i].Dict.TryGetValue(key, out var f)) continue;
            var bound = f.IsDescriptor ? f.DescrGet(null, type) : f;
            bound.Call(kwValues, kwnames);
            return;
        }
    }

    /// <summary>_Py_Mangle: __x inside class C becomes _C__x.</summary>
    public static string Mangle(string className, string name)
    {
        if (!name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.'))
            return name;
        var stripped = className.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_')) return false;
        foreach (var c in s) if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
        return true;
    }
}
