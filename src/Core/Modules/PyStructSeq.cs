// Struct sequences (sys.version_info, sys.float_info, sys.flags): tuples whose items also have
// names. The items live in a real tuple so comparison, indexing and iteration behave as tuple's.
namespace GilRuntime.Core.Modules;

using System.Text;
using GilRuntime.Core.Objects;

public sealed class PyStructSeq : PyObject
{
    private readonly PyType _type;
    private readonly string[] _fields;

    public PyTuple Tuple { get; }

    public PyStructSeq(PyType type, string[] fields, PyObject[] values)
    {
        _type = type;
        _fields = fields;
        Tuple = new PyTuple(values);
    }

    public static PyType MakeType(string qualifiedName)
    {
        int dot = qualifiedName.LastIndexOf('.');
        var t = PyType.Builtin(qualifiedName[(dot + 1)..], typeof(PyStructSeq), PyTuple.TypeObject);
        if (dot > 0) t.Module = qualifiedName[..dot];
        return t;
    }

    public override PyType Type => _type;

    public override string Repr()
    {
        var sb = new StringBuilder();
        sb.Append(_type.Module == "builtins" ? _type.Name : _type.Module + "." + _type.Name).Append('(');
        for (int i = 0; i < _fields.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(_fields[i]).Append('=').Append(Ops.Repr(Tuple[i]));
        }
        return sb.Append(')').ToString();
    }

    public override PyObject? LookupAttr(PyStr name)
    {
        int i = Array.IndexOf(_fields, name.Value);
        if (i >= 0) return Tuple[i];
        return base.LookupAttr(name);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op) =>
        Tuple.RichCompare(other is PyStructSeq s ? s.Tuple : other, op);
    public override long Hash() => Tuple.Hash();
    public override bool IsTrue() => Tuple.Count != 0;
    public override PyObject GetItem(PyObject key) => Tuple.GetItem(key);
    public override PyObject Iter() => Tuple.Iter();
    public override long Length() => Tuple.Count;
    public override bool HasLength => true;
    public override bool Contains(PyObject item) => Tuple.Contains(item);
}

/// <summary>types.SimpleNamespace: attributes in a dict, repr "namespace(a=1, b=2)" (sys.implementation).</summary>
public sealed class PyNamespace : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private static PyType MakeType()
    {
        var t = PyType.Builtin("SimpleNamespace", typeof(PyNamespace));
        t.Module = "types";
        return t;
    }

    public PyDict Dict { get; } = new();

    public override PyType Type => TypeObject;

    public override PyObject? LookupAttr(PyStr name)
    {
        if (name.Value == "__dict__") return Dict;
        return Dict.TryGetValue(name, out var v) ? v : base.LookupAttr(name);
    }

    public override void SetAttr(PyStr name, PyObject? value)
    {
        if (value is null)
        {
            if (!Dict.Remove(name)) throw PyErr.AttributeError(name.Value);
        }
        else Dict.SetItem(name, value);
    }

    public override string Repr()
    {
        var sb = new StringBuilder("namespace(");
        bool first = true;
        foreach (var kv in Dict.Items())
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(Ops.Str(kv.Key)).Append('=').Append(Ops.Repr(kv.Value));
        }
        return sb.Append(')').ToString();
    }
}
