// The methods of `type` itself (CPython's type_methods / type_getsets): mro(), __subclasses__(),
// __instancecheck__/__subclasscheck__, __prepare__, and the slot wrappers a metaclass reaches through
// super(): type.__call__, type.__new__, type.__init__, type.__getattribute__, type.__setattr__.
namespace GilRuntime.Core.Objects.Classes;

using GilRuntime.Core.Runtime;

public static partial class ClassSupport
{
    private static PyType AsType(PyObject o, string method) => o as PyType
        ?? throw PyErr.TypeError($"descriptor '{method}' for 'type' objects doesn't apply to a '{o.Type.Name}' object");

    private static void RegisterType()
    {
        var t = PyType.TypeType;
        t.Doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";
        t.Dict.SetItem(PyStr.Intern("__new__"), new PyBuiltinNew(t));
        t.AddMethod("__init__", static (self, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos != 1 && npos != 3) throw PyErr.TypeError("type.__init__() takes 1 or 3 arguments");
            return Py.None;
        });
        t.AddMethod("__call__", static (self, args, kw) => TypeCall.Call(AsType(self, "__call__"), args, kw));
        t.AddMethod("mro", static (self, args, kw) =>
        {
            ArgParser.Exactly("mro", args, kw, 0);
            var type = AsType(self, "mro");
            return new PyList(type.IsHeapType ? [.. TypeFactory.MroFor(type, type.Bases)] : [.. type.Mro]);
        });
        t.AddMethod("__subclasses__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__subclasses__", args, kw, 0);
            var subs = AsType(self, "__subclasses__").Subclasses();
            var list = new PyList(subs.Count);
            foreach (var s in subs) list.Append(s);
            return list;
        });
        t.AddMethod("__instancecheck__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__instancecheck__", args, kw, 1);
            return Py.Bool(TypeChecks.RecursiveIsInstance(args[0], AsType(self, "__instancecheck__")));
        });
        t.AddMethod("__subclasscheck__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__subclasscheck__", args, kw, 1);
            return Py.Bool(TypeChecks.RecursiveIsSubclass(args[0], AsType(self, "__subclasscheck__")));
        });
        PyClassMethodDescriptor.Add(t, "__prepare__", static (cls, args, kw) => new PyDict());
        t.AddMethod("__repr__", static (self, args, kw) =>
        {
            var type = AsType(self, "__repr__");
            var module = type.Module;
            return PyStr.From(module == "builtins" ? $"<class '{type.QualName}'>" : $"<class '{module}.{type.QualName}'>");
        });
        t.AddMethod("__getattribute__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__getattribute__", args, kw, 1);
            var type = AsType(self, "__getattribute__");
            var name = Name(args[0], "__getattribute__");
            return type.TypeGetAttr(name) ?? throw PyErr.AttributeError(type.MissingAttributeMessage(name.Value));
        });
        t.AddMethod("__setattr__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__setattr__", args, kw, 2);
            AsType(self, "__setattr__").TypeSetAttr(Name(args[0], "__setattr__"), args[1]);
            return Py.None;
        });
        t.AddMethod("__delattr__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__delattr__", args, kw, 1);
            AsType(self, "__delattr__").TypeSetAttr(Name(args[0], "__delattr__"), null);
            return Py.None;
        });
        t.AddMethod("__dir__", static (self, args, kw) => DirOf(AsType(self, "__dir__")));
        t.AddMethod("__sizeof__", static (self, args, kw) => PyInt.From(880));
        AddTypeGetSet(t, "__name__", static x => PyStr.From(x.Name), static (x, v) =>
        {
            if (v is not PyStr s) throw PyErr.TypeError($"can only assign string to {x.Name}.__name__, not '{TypeName(v)}'");
            x.SetName(s.Value);
        });
        AddTypeGetSet(t, "__qualname__", static x => PyStr.From(x.QualName), static (x, v) =>
        {
            if (v is not PyStr s) throw PyErr.TypeError($"can only assign string to {x.Name}.__qualname__, not '{TypeName(v)}'");
            x.QualName = s.Value;
        });
        AddTypeGetSet(t, "__module__", static x => x.IsHeapType && x.Dict.TryGetValue(PyStr.Intern("__module__"), out var m) ? m : PyStr.From(x.Module),
            static (x, v) => x.Dict.SetItem(PyStr.Intern("__module__"), v ?? throw PyErr.TypeError($"cannot delete '__module__' attribute of immutable type '{x.Name}'")));
        AddTypeGetSet(t, "__doc__", static x =>
        {
            if (!x.IsHeapType) return x.Doc is null ? Py.None : PyStr.From(x.Doc);
            if (!x.Dict.TryGetValue(PyStr.Intern("__doc__"), out var d)) return Py.None;
            return d.IsDescriptor ? d.DescrGet(null, x) : d;
        }, static (x, v) => x.Dict.SetItem(PyStr.Intern("__doc__"), v ?? Py.None));
        AddTypeGetSet(t, "__dict__", static x => new PyMappingProxy(x.Dict), null);
        AddTypeGetSet(t, "__bases__", static x => new PyTuple([.. x.Bases]), static (x, v) =>
            TypeFactory.AssignBases(x, v ?? throw PyErr.TypeError($"cannot delete '__bases__' attribute of immutable type '{x.Name}'")));
        AddTypeGetSet(t, "__base__", static x => (PyObject?)x.Base ?? Py.None, null);
        AddTypeGetSet(t, "__mro__", static x => new PyTuple([.. x.Mro]), null);
    }

    private static string TypeName(PyObject? v) => v?.Type.Name ?? "NoneType";

    /// <summary>A type attribute; setting it on a builtin type is refused as CPython refuses it.</summary>
    private static void AddTypeGetSet(PyType t, string name, Func<PyType, PyObject> get, Action<PyType, PyObject?>? set)
    {
        t.Dict.SetItem(PyStr.Intern(name), new PyGetSetDescriptor(t, name,
            o => get((PyType)o),
            (o, v) =>
            {
                var x = (PyType)o;
                if (!x.IsHeapType) throw PyErr.TypeError($"cannot set '{name}' attribute of immutable type '{x.Name}'");
                if (set is null) throw PyErr.AttributeError($"attribute '{name}' of 'type' objects is not writable");
                set(x, v);
                x.Modified();
            }));
    }
}
