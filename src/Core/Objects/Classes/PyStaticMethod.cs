// staticmethod and classmethod (CPython's funcobject.c): descriptors that return the wrapped callable
// unchanged, or bound to the class. As in 3.10+, both copy the wrapped function's metadata
// (__name__, __doc__, ...), are callable (staticmethod) and classmethod wraps other descriptors
// (classmethod(property(...)) works as in 3.9-3.12).
namespace GilRuntime.Core.Objects.Classes;

using GilRuntime.Core.Runtime;

public partial class PyStaticMethod : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    public PyObject Callable { get; internal set; }
    internal PyDict? FuncDict;

    public PyStaticMethod(PyObject callable) { Callable = callable; }

    private static PyType MakeType()
    {
        var t = PyType.Builtin("staticmethod", typeof(PyStaticMethod), null, static (type, args, kw) =>
        {
            ArgParser.Exactly("staticmethod", args, kw, 1);
            return ReferenceEquals(type, TypeObject) ? new PyStaticMethod(args[0]) : SubclassNew(type, args[0]);
        });
        t.AddMethod("__get__", static (self, args, kw) =>
        {
            ArgParser.Range("__get__", args, kw, 1, 2);
            return ((PyStaticMethod)self).Callable;
        });
        t.AddMethod("__init__", static (self, args, kw) =>
        {
            ArgParser.Exactly("staticmethod", args, kw, 1);
            ((PyStaticMethod)self).Callable = args[0];
            return Py.None;
        });
        FuncAttributes.AddCommon(t, static o => ((PyStaticMethod)o).Callable, static o => ((PyStaticMethod)o).FuncDict ??= new PyDict());
        return t;
    }

    internal static Func<PyType, PyObject, PyObject> SubclassNew = static (t, c) => new PyStaticMethod(c);

    public override PyType Type => TypeObject;
    public override bool IsDescriptor => true;
    public override PyObject DescrGet(PyObject? instance, PyType owner) => Callable;
    public override bool IsCallable => true;
    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Callable.Call(args, kwnames);
    public override string Repr() => $"<staticmethod({Ops.Repr(Callable)})>";

    public override PyObject? LookupAttr(PyStr name) =>
        FuncAttributes.Lookup(this, Callable, FuncDict, name) ?? base.LookupAttr(name);

    public override void SetAttr(PyStr name, PyObject? value) => FuncAttributes.Store(this, ref FuncDict, name, value);
}

public partial class PyClassMethod : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    public PyObject Callable { get; internal set; }
    internal PyDict? FuncDict;

    public PyClassMethod(PyObject callable) { Callable = callable; }

    private static PyType MakeType()
    {
        var t = PyType.Builtin("classmethod", typeof(PyClassMethod), null, static (type, args, kw) =>
        {
            ArgParser.Exactly("classmethod", args, kw, 1);
            return ReferenceEquals(type, TypeObject) ? new PyClassMethod(args[0]) : SubclassNew(type, args[0]);
        });
        t.AddMethod("__get__", static (self, args, kw) =>
        {
            ArgParser.Range("__get__", args, kw, 1, 2);
            var inst = args[0] is PyNone ? null : args[0];
            var owner = args.Length > 1 && args[1] is PyType o ? o : inst?.Type
                ?? throw PyErr.TypeError("__get__(None, None) is invalid");
            return self.DescrGet(inst, owner);
        });
        t.AddMethod("__init__", static (self, args, kw) =>
        {
            ArgParser.Exactly("classmethod", args, kw, 1);
            ((PyClassMethod)self).Callable = args[0];
            return Py.None;
        });
        FuncAttributes.AddCommon(t, static o => ((PyClassMethod)o).Callable, static o => ((PyClassMethod)o).FuncDict ??= new PyDict());
        return t;
    }

    internal static Func<PyType, PyObject, PyObject> SubclassNew = static (t, c) => new PyClassMethod(c);

    public override PyType Type => TypeObject;
    public override bool IsDescriptor => true;

    public override PyObject DescrGet(PyObject? instance, PyType owner)
    {
        // cm_descr_get: bind to the class; a wrapped descriptor is asked to bind to it (3.9-3.12).
        var cls = owner;
        if (Callable is not PyFunction && Callable.IsDescriptor) return Callable.DescrGet(cls, cls.Type);
        return new PyMethod(Callable, cls);
    }

    public override string Repr() => $"<classmethod({Ops.Repr(Callable)})>";

    public override PyObject? LookupAttr(PyStr name) =>
        FuncAttributes.Lookup(this, Callable, FuncDict, name) ?? base.LookupAttr(name);

    public override void SetAttr(PyStr name, PyObject? value) => FuncAttributes.Store(this, ref FuncDict, name, value);
}

/// <summary>The attributes staticmethod and classmethod share: __func__, __wrapped__, copied metadata.</summary>
internal static class FuncAttributes
{
    public static void AddCommon(PyType t, Func<PyObject, PyObject> callable, Func<PyObject, PyDict> dict)
    {
        t.Dict.SetItem(PyStr.Intern("__func__"), new PyGetSetDescriptor(t, "__func__", callable));
        t.Dict.SetItem(PyStr.Intern("__isabstractmethod__"), new PyGetSetDescriptor(t, "__isabstractmethod__",
            o => Py.Bool(callable(o).LookupAttr(PyStr.Intern("__isabstractmethod__")) is { } v && Ops.IsTrue(v))));
        t.Dict.SetItem(PyStr.Intern("__dict__"), new PyGetSetDescriptor(t, "__dict__", dict));
    }

    public static PyObject? Lookup(PyObject self, PyObject callable, PyDict? dict, PyStr name)
    {
        if (dict is not null && dict.TryGetValue(name, out var v)) return v;
        switch (name.Value)
        {
            case "__wrapped__": return callable;
            case "__name__": case "__qualname__": case "__doc__": case "__module__": case "__annotations__":
                return callable.LookupAttr(name);
        }
        return null;
    }

    public static void Store(PyObject self, ref PyDict? dict, PyStr name, PyObject? value)
    {
        var descr = self.Type.LookupMro(name);
        if (descr is not null && descr.IsDataDescriptor) { descr.DescrSet(self, value); return; }
        dict ??= new PyDict();
        if (value is null)
        {
            if (!dict.Remove(name)) throw PyErr.AttributeError($"'{self.Type.Name}' object has no attribute '{name.Value}'");
        }
        else dict.SetItem(name, value);
    }
}
