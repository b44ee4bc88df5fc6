// dict: an insertion-ordered hash table keyed by Python hash and equality.
namespace GilRuntime.Core.Objects;

public sealed class PyDict : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("dict", typeof(PyDict));

    private readonly List<KeyValuePair<PyObject, PyObject>> _entries = [];

    public int Count => _entries.Count;

    public bool TryGetValue(PyObject key, out PyObject value)
    {
        foreach (var e in _entries)
            if (ReferenceEquals(e.Key, key) || Ops.Eq(e.Key, key)) { value = e.Value; return true; }
        value = null!;
        return false;
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        for (int i = 0; i < _entries.Count; i++)
            if (ReferenceEquals(_entries[i].Key, key) || Ops.Eq(_entries[i].Key, key))
            { _entries[i] = new(_entries[i].Key, value); return; }
        _entries.Add(new(key, value));
    }

    public override PyObject GetItem(PyObject key) =>
        TryGetValue(key, out var v) ? v : throw PyErr.KeyError(key);

    public bool Remove(PyObject key)
    {
        for (int i = 0; i < _entries.Count; i++)
            if (Ops.Eq(_entries[i].Key, key)) { _entries.RemoveAt(i); return true; }
        return false;
    }

    public override void DelItem(PyObject key)
    {
        if (!Remove(key)) throw PyErr.KeyError(key);
    }

    /// <summary>Entries in insertion order; the dict must not change while this is enumerated.</summary>
    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items() => _entries;

    public override PyType Type => TypeObject;
    public override bool IsTrue() => _entries.Count != 0;
}
