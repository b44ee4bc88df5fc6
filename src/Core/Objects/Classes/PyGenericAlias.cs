// types.GenericAlias (PEP 585): what list[int], dict[str, int] evaluate to. Calling it calls the
// origin; repr and equality follow CPython's genericaliasobject.c.
namespace GilRuntime.Core.Objects.Classes;

using System.Text;

public sealed class PyGenericAlias : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    public PyObject Origin { get; }
    public PyTuple Args { get; }

    public PyGenericAlias(PyObject origin, PyObject args)
    {
        Origin = origin;
        Args = args is PyTuple t ? t : new PyTuple([args]);
    }

    private static PyType MakeType()
    {
        var t = PyType.Builtin("GenericAlias", typeof(PyGenericAlias), null, static (type, args, kw) =>
        {
            ArgParser.Exactly("GenericAlias", args, kw, 2);
            return new PyGenericAlias(args[0], args[1]);
        });
        t.Module = "types";
        t.IsBaseType = false;
        // list[int] is not a class to test against: isinstance/issubclass refuse it (ga_instancecheck).
        t.AddMethod("__instancecheck__", static (self, args, kw) =>
            throw PyErr.TypeError("isinstance() argument 2 cannot be a parameterized generic"));
        t.AddMethod("__subclasscheck__", static (self, args, kw) =>
            throw PyErr.TypeError("issubclass() argument 2 cannot be a parameterized generic"));
        return t;
    }

    /// <summary>Adds __class_getitem__ = GenericAlias to a builtin generic type (list, dict, ...).</summary>
    public static void AddClassGetItem(PyType t) =>
        PyClassMethodDescriptor.Add(t, "__class_getitem__", static (cls, args, kw) =>
        {
            ArgParser.Exactly("__class_getitem__", args, kw, 1);
            return new PyGenericAlias(cls, args[0]);
        });

    public override PyType Type => TypeObject;
    public override bool IsCallable => true;
    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Origin.Call(args, kwnames);

    public override PyObject? LookupAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "__origin__": return Origin;
            case "__args__": return Args;
            case "__parameters__": return PyTuple.Empty;
            case "__class__": return TypeObject;
        }
        return base.LookupAttr(name) ?? Origin.LookupAttr(name);
    }

    public override string Repr()
    {
        var sb = new StringBuilder(ReprItem(Origin)).Append('[');
        if (Args.Count == 0) sb.Append("()");
        for (int i = 0; i < Args.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(ReprItem(Args[i]));
        }
        return sb.Append(']').ToString();
    }

    private static string ReprItem(PyObject o)
    {
        if (o is PyEllipsis) return "...";
        if (o is PyGenericAlias) return o.Repr();
        if (o is PyType t) return t.Module == "builtins" ? t.QualName : $"{t.Module}.{t.QualName}";
        return Ops.Repr(o);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyGenericAlias g) return Py.NotImplemented;
        bool eq = Ops.Eq(Origin, g.Origin) && Ops.Eq(Args, g.Args);
        return Py.Bool(op == CompareOp.Eq ? eq : !eq);
    }

    public override long Hash() => Origin.Hash() ^ Args.Hash();

    public override PyObject BinaryOp(BinaryOp op, PyObject other) =>
        op == Objects.BinaryOp.Or ? PyUnionType.Or(this, other) : Py.NotImplemented;

    public override PyObject ReflectedBinaryOp(BinaryOp op, PyObject left) =>
        op == Objects.BinaryOp.Or ? PyUnionType.Or(left, this) : Py.NotImplemented;
}
