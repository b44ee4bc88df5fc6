// mappingproxy: the read-only view of a class's __dict__ (CPython's descrobject.c mappingproxy).
namespace GilRuntime.Core.Objects.Classes;

public sealed class PyMappingProxy : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    public PyObject Mapping { get; }

    public PyMappingProxy(PyObject mapping) { Mapping = mapping; }

    private static PyType MakeType()
    {
        var t = PyType.Builtin("mappingproxy", typeof(PyMappingProxy), null, static (type, args, kw) =>
        {
            ArgParser.Exactly("mappingproxy", args, kw, 1);
            if (args[0] is not PyDict && args[0].LookupAttr(PyStr.Intern("keys")) is null)
                throw PyErr.TypeError($"mappingproxy() argument must be a mapping, not {args[0].Type.Name}");
            return new PyMappingProxy(args[0]);
        });
        t.IsBaseType = false;
        t.AddMethod("keys", static (self, args, kw) => Ops.CallMethod(((PyMappingProxy)self).Mapping, "keys"));
        t.AddMethod("values", static (self, args, kw) => Ops.CallMethod(((PyMappingProxy)self).Mapping, "values"));
        t.AddMethod("items", static (self, args, kw) => Ops.CallMethod(((PyMappingProxy)self).Mapping, "items"));
        t.AddMethod("copy", static (self, args, kw) => Ops.CallMethod(((PyMappingProxy)self).Mapping, "copy"));
        t.AddMethod("get", static (self, args, kw) =>
            Ops.GetAttr(((PyMappingProxy)self).Mapping, "get").Call(args, kw));
        t.AddMethod("__getitem__", static (self, args, kw) => { ArgParser.Exactly("__getitem__", args, kw, 1); return self.GetItem(args[0]); });
        t.AddMethod("__contains__", static (self, args, kw) => { ArgParser.Exactly("__contains__", args, kw, 1); return Py.Bool(self.Contains(args[0])); });
        t.AddMethod("__len__", static (self, args, kw) => PyInt.From(self.Length()));
        t.AddMethod("__iter__", static (self, args, kw) => self.Iter());
        return t;
    }

    public override PyType Type => TypeObject;
    public override PyObject GetItem(PyObject key) => Mapping.GetItem(key);
    public override bool Contains(PyObject item) => Mapping.Contains(item);
    public override PyObject Iter() => Mapping.Iter();
    public override long Length() => Mapping.Length();
    public override bool HasLength => true;
    public override bool IsTrue() => Mapping.IsTrue();
    public override string Repr() => $"mappingproxy({Ops.Repr(Mapping)})";
    public override string Str() => Ops.Str(Mapping);
    public override PyObject RichCompare(PyObject other, CompareOp op) =>
        Ops.RichCompare(Mapping, other is PyMappingProxy p ? p.Mapping : other, op);
    public override PyObject BinaryOp(BinaryOp op, PyObject other) =>
        op == Objects.BinaryOp.Or ? Ops.BinaryOp(Ops.CallMethod(Mapping, "copy"), other is PyMappingProxy p ? p.Mapping : other, op) : Py.NotImplemented;
}
