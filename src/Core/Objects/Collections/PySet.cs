// set and frozenset: hash tables of keys.
namespace GilRuntime.Core.Objects;

public class PySet : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("set", typeof(PySet));

    private readonly List<PyObject> _keys = [];

    public int Count => _keys.Count;

    public void Add(PyObject key)
    {
        if (!Contains(key)) _keys.Add(key);
    }

    public override bool Contains(PyObject key)
    {
        foreach (var k in _keys) if (Ops.Eq(k, key)) return true;
        return false;
    }

    public bool Discard(PyObject key)
    {
        for (int i = 0; i < _keys.Count; i++)
            if (Ops.Eq(_keys[i], key)) { _keys.RemoveAt(i); return true; }
        return false;
    }

    /// <summary>Keys in iteration order; the set must not change while this is enumerated.</summary>
    public IEnumerable<PyObject> Keys() => _keys;

    public override PyType Type => TypeObject;
    public override bool IsTrue() => _keys.Count != 0;
}

public sealed class PyFrozenSet : PySet
{
    public static new readonly PyType TypeObject = PyType.Builtin("frozenset", typeof(PyFrozenSet));
    public override PyType Type => TypeObject;
}
