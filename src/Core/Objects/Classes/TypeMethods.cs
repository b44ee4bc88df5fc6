// The methods of `type` itself (CPython's type_methods / type_getsets): mro(), __subclasses__(),
// __instancecheck__/__subclasscheck__, __prepare__, and the slot wrappers a metaclass reaches through
// super(): type.__call__, type.__new__, type.__init__, type.__getattribute__, type.__setattr__.
namespace GilRuntime.Core.Objects.Classes;

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
    }
}
