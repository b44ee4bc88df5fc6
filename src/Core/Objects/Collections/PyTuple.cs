// tuple: an immutable array of references.
namespace GilRuntime.Core.Objects;

public sealed class PyTuple : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("tuple", typeof(PyTuple));
    public static readonly PyTuple Empty = new([]);

    /// <summary>The items; never mutated once the tuple is visible to Python code.</summary>
    public PyObject[] Items { get; }

    public PyTuple(PyObject[] items) { Items = items; }

    public static PyTuple Create(params PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);

    public int Count => Items.Length;
    public PyObject this[int i] => Items[i];

    public override PyType Type => TypeObject;
    public override bool IsTrue() => Items.Length != 0;
    public override string Repr() => Items.Length == 1 ? "(" + Ops.Repr(Items[0]) + ",)"
        : "(" + string.Join(", ", Items.Select(Ops.Repr)) + ")";
}
