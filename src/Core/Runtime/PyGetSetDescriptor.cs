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

    /// <summary>Installs the attributes every object has (object.__class__); idempotent.</summary>
    internal static void RegisterObjectAttributes()
    {
        var key = PyStr.Intern("__class__");
        lock (PyType.ObjectType)
        {
            if (PyType.ObjectType.Dict.TryGetValue(key, out _)) return;
            PyType.ObjectType.Dict.SetItem(key, new PyGetSetDescriptor(PyType.ObjectType, "__class__", static o => o.Type));
        }
    }
}
