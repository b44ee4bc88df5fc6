// types.UnionType (PEP 604): what `int | str` and `int | None` evaluate to, so annotations written that
// way work at def time. Follows CPython's unionobject.c: arguments flattened and deduplicated (identity
// for types, equality for generic aliases), None stored as NoneType, a single remaining argument
// returned as it is, equality as sets, isinstance/issubclass over the arguments as over a tuple.
namespace GilRuntime.Core.Objects.Classes;

using System.Text;

public sealed class PyUnionType : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    public PyTuple Args { get; }

    private PyUnionType(PyTuple args) { Args = args; }

    private static PyType MakeType()
    {
        var t = PyType.Builtin("UnionType", typeof(PyUnionType));
        t.Module = "types";
        t.IsBaseType = false;
        t.AddMethod("__instancecheck__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__instancecheck__", args, kw, 1);
            return Py.Bool(((PyUnionType)self).Check(args[0], TypeChecks.IsInstance));
        });
        t.AddMethod("__subclasscheck__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__subclasscheck__", args, kw, 1);
            return Py.Bool(((PyUnionType)self).Check(args[0], TypeChecks.IsSubclass));
        });
        return t;
    }

    public override PyType Type => TypeObject;

    /// <summary>True for the operands `|` builds a union from (others make it return NotImplemented).</summary>
    private static bool IsUnionable(PyObject o) => o is PyNone or PyType or PyGenericAlias or PyUnionType;

    /// <summary>_Py_union_type_or: left | right, or NotImplemented when either side is not unionable.</summary>
    public static PyObject Or(PyObject left, PyObject right)
    {
        if (!IsUnionable(left) || !IsUnionable(right)) return Py.NotImplemented;
        var items = new List<PyObject>();
        Add(items, left);
        Add(items, right);
        return items.Count == 1 ? items[0] : new PyUnionType(new PyTuple(items.ToArray()));
    }

    private static void Add(List<PyObject> items, PyObject o)
    {
        if (o is PyUnionType u)
        {
            foreach (var a in u.Args.Items) Add(items, a);
            return;
        }
        if (o is PyNone) o = PyNone.TypeObject;
        foreach (var existing in items)
            if (IsSame(existing, o)) return;
        items.Add(o);
    }

    private static bool IsSame(PyObject a, PyObject b) =>
        a is PyGenericAlias && b is PyGenericAlias ? Ops.Eq(a, b) : ReferenceEquals(a, b);

    /// <summary>As a tuple of the arguments: checked in order, so a generic alias raises only when reached.</summary>
    private bool Check(PyObject obj, Func<PyObject, PyObject, bool> test)
    {
        foreach (var a in Args.Items)
            if (test(obj, a)) return true;
        return false;
    }

    public override PyObject BinaryOp(BinaryOp op, PyObject other) =>
        op == Objects.BinaryOp.Or ? Or(this, other) : Py.NotImplemented;

    public override PyObject ReflectedBinaryOp(BinaryOp op, PyObject left) =>
        op == Objects.BinaryOp.Or ? Or(left, this) : Py.NotImplemented;

    public override PyObject? LookupAttr(PyStr name) => name.Value switch
    {
        "__args__" => Args,
        "__parameters__" => PyTuple.Empty,
        _ => base.LookupAttr(name),
    };

    public override string Repr()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < Args.Count; i++)
        {
            if (i > 0) sb.Append(" | ");
            var a = Args[i];
            if (ReferenceEquals(a, PyNone.TypeObject)) sb.Append("None");
            else if (a is PyType t) sb.Append(t.Module == "builtins" ? t.QualName : $"{t.Module}.{t.QualName}");
            else sb.Append(Ops.Repr(a));
        }
        return sb.ToString();
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyUnionType u) return Py.NotImplemented;
        bool eq = Ops.Eq(PyFrozenSet.From(Args), PyFrozenSet.From(u.Args));
        return Py.Bool(op == CompareOp.Eq ? eq : !eq);
    }

    public override long Hash() => PyFrozenSet.From(Args).Hash();
}
