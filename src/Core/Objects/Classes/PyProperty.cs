// property (CPython's descrobject.c property_*): a data descriptor calling fget/fset/fdel, with the
// .getter/.setter/.deleter copies used by decorator chaining, the docstring taken from fget, and the
// 3.11 error messages naming the property (its name comes from __set_name__ or fget.__name__).
namespace GilRuntime.Core.Objects.Classes;

public partial class PyProperty : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    public PyObject? Getter, Setter, Deleter;
    public PyObject Doc = Py.None;
    /// <summary>The doc came from fget (so a copy made by .setter takes the new fget's doc).</summary>
    internal bool DocFromGetter;
    internal PyObject? Name;

    public PyProperty() { }

    internal void Init(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ArgParser.Bind("property", args, kw, ["fget", "fset", "fdel", "doc"], 0);
        Getter = a[0] is null or PyNone ? null : a[0];
        Setter = a[1] is null or PyNone ? null : a[1];
        Deleter = a[2] is null or PyNone ? null : a[2];
        Doc = a[3] ?? Py.None;
        DocFromGetter = false;
        if (Doc is PyNone && Getter is not null)
        {
            var gd = Getter.LookupAttr(PyStr.Intern("__doc__"));
            if (gd is not null && gd is not PyNone) { Doc = gd; DocFromGetter = true; }
        }
        Name = null;
    }

    private static PyType MakeType()
    {
        var t = PyType.Builtin("property", typeof(PyProperty), null, static (type, args, kw) =>
        {
            var p = ReferenceEquals(type, TypeObject) ? new PyProperty() : SubclassNew(type);
            p.Init(args, kw);
            return p;
        });
        t.AddMethod("__init__", static (self, args, kw) => { ((PyProperty)self).Init(args, kw); return Py.None; });
        t.AddMethod("getter", static (self, args, kw) => { ArgParser.Exactly("getter", args, kw, 1); return ((PyProperty)self).Copy(args[0], null, null, 0); });
        t.AddMethod("setter", static (self, args, kw) => { ArgParser.Exactly("setter", args, kw, 1); return ((PyProperty)self).Copy(null, args[0], null, 1); });
        t.AddMethod("deleter", static (self, args, kw) => { ArgParser.Exactly("deleter", args, kw, 1); return ((PyProperty)self).Copy(null, null, args[0], 2); });
        t.AddMethod("__get__", static (self, args, kw) =>
        {
            ArgParser.Range("__get__", args, kw, 1, 2);
            var inst = args[0] is PyNone ? null : args[0];
            return self.DescrGet(inst, args.Length > 1 && args[1] is PyType o ? o : inst?.Type ?? PyType.ObjectType);
        });
        t.AddMethod("__set__", static (self, args, kw) => { ArgParser.Exactly("__set__", args, kw, 2); self.DescrSet(args[0], args[1]); return Py.None; });
        t.AddMethod("__delete__", static (self, args, kw) => { ArgParser.Exactly("__delete__", args, kw, 1); self.DescrSet(args[0], null); return Py.None; });
        t.AddMethod("__set_name__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__set_name__", args, kw, 2);
            ((PyProperty)self).Name = args[1];
            return Py.None;
        });
        AddGetSet(t, "fget", static p => p.Getter ?? Py.None);
        AddGetSet(t, "fset", static p => p.Setter ?? Py.None);
        AddGetSet(t, "fdel", static p => p.Deleter ?? Py.None);
        t.Dict.SetItem(PyStr.Intern("__doc__"), new Runtime.PyGetSetDescriptor(t, "__doc__",
            static o => o is PyProperty p ? p.Doc : Py.None, static (o, v) => ((PyProperty)o).Doc = v ?? Py.None));
        AddGetSet(t, "__isabstractmethod__", static p =>
        {
            foreach (var f in (ReadOnlySpan<PyObject?>)[p.Getter, p.Setter, p.Deleter])
                if (f?.LookupAttr(PyStr.Intern("__isabstractmethod__")) is { } v && Ops.IsTrue(v)) return Py.True;
            return Py.False;
        });
        return t;
    }

    private static void AddGetSet(PyType t, string name, Func<PyProperty, PyObject> get) =>
        t.Dict.SetItem(PyStr.Intern(name), new Runtime.PyGetSetDescriptor(t, name, o => get((PyProperty)o)));

    internal static Func<PyType, PyProperty> SubclassNew = static t => new PyProperty();

    /// <summary>property_copy: type(self)(fget, fset, fdel, doc) with one accessor replaced.</summary>
    private PyObject Copy(PyObject? get, PyObject? set, PyObject? del, int which)
    {
        var fget = which == 0 ? get : Getter;
        var fset = which == 1 ? set : Setter;
        var fdel = which == 2 ? del : Deleter;
        PyObject doc = DocFromGetter && which == 0 ? Py.None : Doc;
        var r = Type.Call([fget ?? Py.None, fset ?? Py.None, fdel ?? Py.None, doc], null);
        if (r is PyProperty p) p.Name ??= Name;
        return r;
    }

    public override PyType Type => TypeObject;
    public override bool IsDescriptor => true;
    public override bool IsDataDescriptor => true;

    private string Described(PyObject instance)
    {
        var nm = Name ?? Getter?.LookupAttr(PyStr.Intern("__name__"));
        return nm is PyStr s ? $"property '{s.Value}' of '{instance.Type.Name}' object" : $"property of '{instance.Type.Name}' object";
    }

    public override PyObject DescrGet(PyObject? instance, PyType owner)
    {
        if (instance is null) return this;
        if (Getter is null) throw PyErr.AttributeError($"{Described(instance)} has no getter");
        return SlotCallsPublic.CallOne(Getter, instance);
    }

    public override void DescrSet(PyObject instance, PyObject? value)
    {
        if (value is null)
        {
            if (Deleter is null) throw PyErr.AttributeError($"{Described(instance)} has no deleter");
            SlotCallsPublic.CallOne(Deleter, instance);
        }
        else
        {
            if (Setter is null) throw PyErr.AttributeError($"{Described(instance)} has no setter");
            SlotCallsPublic.CallTwo(Setter, instance, value);
        }
    }
}

/// <summary>Plain calls of a Python callable with one or two arguments, allocation-light.</summary>
internal static class SlotCallsPublic
{
    public static PyObject CallOne(PyObject f, PyObject a)
    {
        if (f is Runtime.PyFunction fn)
            return Runtime.EvalLoop.CallFunctionFromStack(Runtime.ThreadState.Current, fn, new ReadOnlySpan<PyObject>(ref a));
        return f.Call([a], null);
    }

    public static PyObject CallTwo(PyObject f, PyObject a, PyObject b) => f.Call([a, b], null);
}
