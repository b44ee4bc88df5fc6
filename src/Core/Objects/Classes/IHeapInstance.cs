// What every instance of a heap type carries besides its builtin base's state: the (assignable) type,
// the instance __dict__ and the __slots__ values. PyInstance implements it for classes whose solid base
// is object; the generated *Sub classes (Classes/HeapSubclasses/) for subclasses of builtin types.
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

    // The builtin base's slots, called non-virtually: what `list.__getitem__(sub, i)` or
    // `super().__add__(x)` must run even though the subclass overrides the dunder.
    string BaseRepr();
    string BaseStr();
    long BaseHash();
    PyObject BaseRichCompare(PyObject other, CompareOp op);
    bool BaseIsTrue();
    long BaseLength();
    PyObject BaseGetItem(PyObject key);
    void BaseSetItem(PyObject key, PyObject value);
    void BaseDelItem(PyObject key);
    bool BaseContains(PyObject item);
    PyObject BaseIter();
    PyObject? BaseNext();
    PyObject BaseCall(ReadOnlySpan<PyObject> args, PyTuple? kwnames);
    string BaseFormat(string spec);
    PyInt? BaseIndex();
    PyObject? BaseToInt();
    PyObject? BaseToFloat();
    PyObject BaseNegative();
    PyObject BasePositive();
    PyObject BaseInvert();
    PyObject BaseAbsolute();
    PyObject BaseBinaryOp(BinaryOp op, PyObject other);
    PyObject BaseReflectedBinaryOp(BinaryOp op, PyObject left);
    PyObject BaseInplaceOp(BinaryOp op, PyObject other);
    PyObject BaseTernaryPower(PyObject exp, PyObject mod);
}
