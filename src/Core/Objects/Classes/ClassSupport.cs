// Start-up wiring of the class machinery into the builtin types: object's and type's methods
// (__new__, __init__, __setattr__, __getattribute__, mro, __subclasses__, ...), the `__new__` of every
// builtin type, and the factories that create instances of heap subclasses of builtin types.
// Runs once per process, before the builtins module is filled.
namespace GilRuntime.Core.Objects.Classes;

using GilRuntime.Core.Runtime;

public static partial class ClassSupport
{
    private static bool s_initialized;
    private static readonly object s_lock = new();

    public static void Initialize(IEnumerable<PyType> builtinTypes)
    {
        lock (s_lock)
        {
            if (s_initialized) return;
            s_initialized = true;
            RegisterObject();
            RegisterType();
            RegisterSubtypeFactories();
            foreach (var t in builtinTypes) AddBuiltinNew(t);
            foreach (var t in (ReadOnlySpan<PyType>)[PyBool.TypeObject, PyRange.TypeObject, PySlice.TypeObject,
                         PyNone.TypeObject, PyNotImplemented.TypeObject, PyEllipsis.TypeObject, PyFunction.TypeObject,
                         PyBuiltinFunction.TypeObject, PyMethod.TypeObject, PyMethodDescriptor.TypeObject,
                         PyCell.TypeObject, Frame.TypeObject, PyMemberDescriptor.TypeObject, PyGetSetDescriptor.TypeObject])
                t.IsBaseType = false;
            SlotWrappers.InstallAll(builtinTypes);
        }
    }

    private static void AddBuiltinNew(PyType t)
    {
        var key = PyStr.Intern("__new__");
        if (t.New is null || t.Dict.TryGetValue(key, out _)) return;
        t.Dict.SetItem(key, new PyBuiltinNew(t));
    }

    private static PyStr Name(PyObject o, string fname) => o as PyStr
        ?? throw PyErr.TypeError($"attribute name must be string, not '{o.Type.Name}'");

    /// <summary>object.__getattribute__ semantics for any object (no Python hooks of heap types).</summary>
    internal static PyObject? GenericGetAttr(PyObject self, PyStr name) => self switch
    {
        PyType t => t.TypeGetAttr(name),
        IHeapInstance h => HeapAttributes.GenericGetAttr(self, h, name),
        _ => self.LookupAttr(name),
    };

    internal static void GenericSetAttr(PyObject self, PyStr name, PyObject? value)
    {
        switch (self)
        {
            case PyType t: t.TypeSetAttr(name, value); break;
            case IHeapInstance h: HeapAttributes.GenericSetAttr(self, h, name, value); break;
            default: self.SetAttr(name, value); break;
        }
    }

    /// <summary>object_repr: &lt;module.Qualname object at 0x...&gt;.</summary>
    public static string ObjectRepr(PyObject o)
    {
        var t = o.Type;
        var module = t.Module;
        return module == "builtins" ? $"<{t.QualName} object at {Ops.IdHex(o)}>" : $"<{module}.{t.QualName} object at {Ops.IdHex(o)}>";
    }

    private static void RegisterObject()
    {
        var o = PyType.ObjectType;
        o.Doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n";
        o.Dict.SetItem(PyStr.Intern("__doc__"), PyStr.From(o.Doc));
        o.Dict.SetItem(PyStr.Intern("__new__"), new PyBuiltinNew(o));
        o.AddMethod("__init__", static (self, args, kw) =>
        {
            if (args.Length > 0)
            {
                var t = self.Type;
                if (t.IsHeapType)
                {
                    var s = t.Slots;
                    if (!ReferenceEquals(s.InitOwner, PyType.ObjectType))
                        throw PyErr.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
                    if (ReferenceEquals(s.NewOwner, PyType.ObjectType))
                        throw PyErr.TypeError($"{t.Name}() takes no arguments");
                }
                else if (!t.IsSubtype(PyType.TypeType) && ReferenceEquals(t, PyType.ObjectType))
                    throw PyErr.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            return Py.None;
        });
        PyClassMethodDescriptor.Add(o, "__init_subclass__", static (cls, args, kw) =>
        {
            if (kw is not null && kw.Count > 0)
                throw PyErr.TypeError($"{((PyType)cls).Name}.__init_subclass__() takes no keyword arguments");
            if (args.Length > 0)
                throw PyErr.TypeError($"{((PyType)cls).Name}.__init_subclass__() takes no arguments ({args.Length} given)");
            return Py.None;
        });
        PyClassMethodDescriptor.Add(o, "__subclasshook__", static (cls, args, kw) => Py.NotImplemented);
        o.AddMethod("__getattribute__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__getattribute__", args, kw, 1);
            var name = Name(args[0], "__getattribute__");
            return GenericGetAttr(self, name) ?? throw PyErr.NoAttribute(self, name);
        });
        o.AddMethod("__setattr__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__setattr__", args, kw, 2);
            GenericSetAttr(self, Name(args[0], "__setattr__"), args[1]);
            return Py.None;
        });
        o.AddMethod("__delattr__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__delattr__", args, kw, 1);
            GenericSetAttr(self, Name(args[0], "__delattr__"), null);
            return Py.None;
        });
        o.AddMethod("__repr__", static (self, args, kw) => { ArgParser.Exactly("__repr__", args, kw, 0); return PyStr.From(ObjectRepr(self)); });
        o.AddMethod("__str__", static (self, args, kw) => { ArgParser.Exactly("__str__", args, kw, 0); return PyStr.From(self.Repr()); });
        o.AddMethod("__hash__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__hash__", args, kw, 0);
            return PyInt.From(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(self));
        });
        o.AddMethod("__format__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__format__", args, kw, 1);
            if (args[0] is not PyStr spec) throw PyErr.TypeError($"__format__() argument must be str, not {args[0].Type.Name}");
            if (spec.Value.Length > 0) throw PyErr.TypeError($"unsupported format string passed to {self.Type.Name}.__format__");
            return PyStr.From(self.Str());
        });
        o.AddMethod("__dir__", static (self, args, kw) => { ArgParser.Exactly("__dir__", args, kw, 0); return DirOf(self); });
        o.AddMethod("__sizeof__", static (self, args, kw) => PyInt.From(self is IHeapInstance ? 32 : 16));
        o.AddMethod("__reduce_ex__", static (self, args, kw) => Reduce.ReduceEx(self, args));
        o.AddMethod("__reduce__", static (self, args, kw) => Reduce.CommonReduce(self, 0));
        o.AddMethod("__getstate__", static (self, args, kw) => Reduce.GetState(self));
        AddCompare(o, "__eq__", CompareOp.Eq);
        AddCompare(o, "__ne__", CompareOp.Ne);
        AddCompare(o, "__lt__", CompareOp.Lt);
        AddCompare(o, "__le__", CompareOp.Le);
        AddCompare(o, "__gt__", CompareOp.Gt);
        AddCompare(o, "__ge__", CompareOp.Ge);
        o.Dict.SetItem(PyStr.Intern("__class__"), new PyGetSetDescriptor(o, "__class__", static x => x.Type, SetClass));
    }

    private static void AddCompare(PyType o, string name, CompareOp op) =>
        o.AddMethod(name, (self, args, kw) =>
        {
            ArgParser.Exactly(name, args, kw, 1);
            return ObjectRichCompare(self, args[0], op);
        });

    /// <summary>object_richcompare: identity for ==, the inverse of the type's == for !=.</summary>
    internal static PyObject ObjectRichCompare(PyObject self, PyObject other, CompareOp op)
    {
        switch (op)
        {
            case CompareOp.Eq:
                return ReferenceEquals(self, other) ? Py.True : Py.NotImplemented;
            case CompareOp.Ne:
            {
                var s = self.Type.IsHeapType ? self.Type.Slots : null;
                var r = s?.Eq is { } eq ? SlotCalls.Call1(eq, self, other) : self.RichCompare(other, CompareOp.Eq);
                if (ReferenceEquals(r, PyNotImplemented.Instance)) return r;
                return Ops.IsTrue(r) ? Py.False : Py.True;
            }
            default:
                return Py.NotImplemented;
        }
    }

    /// <summary>object.__class__ = T: only between heap types with the same layout.</summary>
    private static void SetClass(PyObject self, PyObject? value)
    {
        if (value is null) throw PyErr.TypeError("can't delete __class__ attribute");
        if (value is not PyType newType)
            throw PyErr.TypeError($"__class__ must be set to a class, not '{value.Type.Name}' object");
        var old = self.Type;
        if (self is not IHeapInstance h || !newType.IsHeapType || !old.IsHeapType)
            throw PyErr.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        if (!ReferenceEquals(newType.InstanceBase, old.InstanceBase) || newType.SlotCount != old.SlotCount
            || newType.InstancesHaveDict != old.InstancesHaveDict || !ReferenceEquals(newType.SolidBase.IsHeapType ? newType.SolidBase : newType.InstanceBase, old.SolidBase.IsHeapType ? old.SolidBase : old.InstanceBase))
            throw PyErr.TypeError($"__class__ assignment: '{newType.Name}' object layout differs from '{old.Name}'");
        h.SetType(newType);
    }

    /// <summary>object.__dir__: the instance dict's keys plus every attribute along the class's MRO.</summary>
    internal static PyList DirOf(PyObject self)
    {
        var names = new HashSet<string>();
        var ordered = new List<string>();
        void Add(PyDict d)
        {
            foreach (var kv in d.Items())
                if (kv.Key is PyStr s && names.Add(s.Value)) ordered.Add(s.Value);
        }
        if (self is PyType t)
        {
            foreach (var m in t.Mro) Add(m.Dict);
        }
        else
        {
            if (GenericGetAttr(self, PyStr.Intern("__dict__")) is PyDict d) Add(d);
            foreach (var m in self.Type.Mro) Add(m.Dict);
        }
        var list = new PyList(ordered.Count);
        foreach (var n in ordered) list.Append(PyStr.From(n));
        return list;
    }

    private static void RegisterSubtypeFactories()
    {
        PyType.ObjectType.SubtypeNew = static (t, a, k) => BuiltinNew.ObjectNew(t, a, k);
        PyType.TypeType.SubtypeNew = static (t, a, k) => TypeFactory.New(t, a, k);
        RegisterBuiltinSubtypes();
    }

    static partial void RegisterBuiltinSubtypes();
}
