// list: a growable array of references.
namespace GilRuntime.Core.Objects;

public sealed class PyList : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("list", typeof(PyList));

    private PyObject[] _items;
    private int _count;

    public PyList() { _items = []; }
    public PyList(int capacity) { _items = capacity == 0 ? [] : new PyObject[capacity]; }
    /// <summary>Takes ownership of <paramref name="items"/>.</summary>
    public PyList(PyObject[] items) { _items = items; _count = items.Length; }

    public int Count => _count;
    public PyObject this[int i] { get => _items[i]; set => _items[i] = value; }
    public Span<PyObject> AsSpan() => _items.AsSpan(0, _count);

    public void Append(PyObject item)
    {
        if (_count == _items.Length) Array.Resize(ref _items, Math.Max(4, _count * 2));
        _items[_count++] = item;
    }

    public override PyType Type => TypeObject;
    public override bool IsTrue() => _count != 0;
}
