// member_descriptor: one __slots__ entry of a class, reading and writing a fixed index of the
// instance's slot array (CPython's PyMemberDef T_OBJECT_EX: unset reads raise AttributeError).
namespace GilRuntime.Core.Objects.Classes;

public sealed class PyMemberDescriptor : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("member_descriptor", typeof(PyMemberDescriptor));

    public PyType Owner { get; }
    public string Name { get; }
    private readonly int _index;

    public PyMemberDescriptor(PyType owner, string name, int index)
    {
        Owner = owner; Name = name; _index = index;
    }

    public override PyType Type => TypeObject;
    public override bool IsDescriptor => true;
    public override bool IsDataDescriptor => true;

    private PyObject?[] SlotsOf(PyObject instance)
    {
        if (!instance.Type.IsSubtype(Owner) || instance is not IHeapInstance { SlotValues: { } values } || _index >= values.Length)
            throw PyErr.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
        return values;
    }

    public override PyObject DescrGet(PyObject? instance, PyType owner)
    {
        if (instance is null) return this;
        return SlotsOf(instance)[_index] ?? throw PyErr.AttributeError($"'{instance.Type.Name}' object has no attribute '{Name}'");
    }

    internal PyObject? DescrGetOrNull(PyObject instance) =>
        instance is IHeapInstance { SlotValues: { } v } && _index < v.Length ? v[_index] : null;

    public override void DescrSet(PyObject instance, PyObject? value)
    {
        var values = SlotsOf(instance);
        if (value is null && values[_index] is null)
            throw PyErr.AttributeError(Name);
        values[_index] = value;
    }

    public override PyObject? LookupAttr(PyStr name) => name.Value switch
    {
        "__name__" or "__qualname__" => PyStr.From(name.Value == "__name__" ? Name : Owner.QualName + "." + Name),
        "__objclass__" => Owner,
        "__doc__" => Py.None,
        _ => base.LookupAttr(name),
    };

    public override string Repr() => $"<member '{Name}' of '{Owner.Name}' objects>";
}
