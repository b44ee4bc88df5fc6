// What every instance of a heap type carries besides its builtin base's state: the (assignable) type,
// the instance __dict__ and the __slots__ values. PyInstance implements it for classes whose solid base
// is object; the generated *Sub classes (HeapSubclasses.g.cs) for subclasses of builtin types.
namespace GilRuntime.Core.Objects.Classes;

public interface IHeapInstance
{
    /// <summary>__dict__, created on first store; always null for types without instance dicts.</summary>
    PyDict? InstanceDict { get; set; }
    /// <summary>__slots__ member values (null: unset), or null when the type declares no slots.</summary>
    PyObject?[]? SlotValues { get; }
    /// <summary>__class__ assignment (checked by the caller).</summary>
    void SetType(PyType type);
    /// <summary>The builtin base's attribute lookup (the .NET base class's LookupAttr).</summary>
    PyObject? BaseLookupAttr(PyStr name);
    /// <summary>The builtin base's attribute store (the .NET base class's SetAttr).</summary>
    void BaseSetAttr(PyStr name, PyObject? value);
}
