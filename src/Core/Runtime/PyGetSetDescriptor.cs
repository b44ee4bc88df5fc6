// getset_descriptor: a computed attribute stored in a builtin type's dict (CPython's PyGetSetDef),
// e.g. object.__class__. A data descriptor, so it wins over instance attributes.
namespace GilRuntime.Core.Runtime;

using GilRuntime.Core.Objects;

public sealed class PyGetSetDescriptor : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("getset_descriptor", typeof(PyGetSetDescriptor));

    private readonly Func<PyObject, PyObject> _get;
    private readonly Action<PyObject, PyObject?>? _set;

    public PyType Owner { get; }
    public string Name { get; }

    public PyGetSetDescriptor(PyType owner, string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject?>? set = null)
    {
        Owner = owner; Name = name; _get = get; _set = set;
    }

    public override PyType Type => TypeObject;
    public override bool IsDescriptor => true;
    public override bool IsDataDescriptor => true;

    public override PyObject DescrGet(PyObject? instance, PyType owner) => instance is null ? this : _get(instance);

    public override void DescrSet(PyObject instance, PyObject? value)
    {
        if (_set is null) throw PyErr.AttributeError($"attribute '{Name}' of '{Owner.Name}' objects is not writable");
        _set(instance, value);
    }

    public override string Repr() => $"<attribute '{Name}' of '{Owner.Name}' objects>";

    private static PyObject NoArgs(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, PyObject result)
    {
        if (args.Length > 0 || kw is not null) throw PyErr.TypeError($"{name} takes no arguments");
        return result;
    }

    /// <summary>Installs the attributes every object has (object.__class__); idempotent.</summary>
    internal static void RegisterObjectAttributes()
    {
        var key = PyStr.Intern("__class__");
        lock (PyType.ObjectType)
        {
            if (PyType.ObjectType.Dict.TryGetValue(key, out _)) return;
            PyType.ObjectType.Dict.SetItem(key, new PyGetSetDescriptor(PyType.ObjectType, "__class__", static o => o.Type));
            // NoneType(), NotImplementedType() and ellipsis() return their singletons.
            PyNone.TypeObject.New ??= static (t, a, k) => NoArgs("NoneType", a, k, Py.None);
            PyNotImplemented.TypeObject.New ??= static (t, a, k) => NoArgs("NotImplementedType", a, k, Py.NotImplemented);
            PyEllipsis.TypeObject.New ??= static (t, a, k) => NoArgs("ellipsis", a, k, Py.Ellipsis);
        }
    }
}
