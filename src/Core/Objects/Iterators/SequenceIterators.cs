// Iterators of the builtin sequences. Each holds its container and a position; when exhausted it drops
// the container so later calls return null at once (CPython sets it_seq = NULL).
namespace GilRuntime.Core.Objects;

/// <summary>list_iterator: index-based, so it sees items appended during the iteration.</summary>
public sealed class PyListIterator(PyList list) : PyIteratorBase
{
    public static readonly PyType TypeObject = MakeType("list_iterator", typeof(PyListIterator));
    private PyList? _list = list;
    private int _index;

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        var l = _list;
        if (l is null) return null;
        if (_index < l.Count) return l[_index++];
        _list = null;
        return null;
    }
}

/// <summary>list_reverseiterator (reversed(list)).</summary>
public sealed class PyListReverseIterator(PyList list) : PyIteratorBase
{
    public static readonly PyType TypeObject = MakeType("list_reverseiterator", typeof(PyListReverseIterator));
    private PyList? _list = list;
    private int _index = list.Count - 1;

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        var l = _list;
        if (l is null) return null;
        if (_index >= 0 && _index < l.Count) return l[_index--];
        _list = null;
        return null;
    }
}

public sealed class PyTupleIterator(PyTuple tuple) : PyIteratorBase
{
    public static readonly PyType TypeObject = MakeType("tuple_iterator", typeof(PyTupleIterator));
    private PyObject[]? _items = tuple.Items;
    private int _index;

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        var items = _items;
        if (items is null) return null;
        if (_index < items.Length) return items[_index++];
        _items = null;
        return null;
    }
}

/// <summary>str_ascii_iterator / str_iterator: yields one-code-point strings.</summary>
public sealed class PyStrIterator : PyIteratorBase
{
    public static readonly PyType AsciiTypeObject = MakeType("str_ascii_iterator", typeof(PyStrIterator));
    public static readonly PyType TypeObject = MakeType("str_iterator", typeof(PyStrIterator));
    private string? _s;
    private int _pos;
    private readonly bool _ascii;

    public PyStrIterator(PyStr s) { _s = s.Value; _ascii = s.IsAscii; }

    public override PyType Type => _ascii ? AsciiTypeObject : TypeObject;

    public override PyObject? Next()
    {
        var s = _s;
        if (s is null) return null;
        if (_pos >= s.Length) { _s = null; return null; }
        char c = s[_pos];
        if (char.IsHighSurrogate(c) && _pos + 1 < s.Length && char.IsLowSurrogate(s[_pos + 1]))
        {
            var r = PyStr.From(s.Substring(_pos, 2));
            _pos += 2;
            return r;
        }
        _pos++;
        return PyStr.FromChar(c);
    }
}

/// <summary>bytes_iterator / bytearray_iterator: yields ints.</summary>
public sealed class PyBytesIterator : PyIteratorBase
{
    public static readonly PyType BytesTypeObject = MakeType("bytes_iterator", typeof(PyBytesIterator));
    public static readonly PyType ByteArrayTypeObject = MakeType("bytearray_iterator", typeof(PyBytesIterator));
    private PyObject? _seq;
    private int _index;

    public PyBytesIterator(PyBytes b) { _seq = b; }
    public PyBytesIterator(PyByteArray b) { _seq = b; }

    public override PyType Type => _seq is PyByteArray ? ByteArrayTypeObject : BytesTypeObject;

    public override PyObject? Next()
    {
        switch (_seq)
        {
            case PyBytes b when _index < b.Value.Length: return PyInt.From(b.Value[_index++]);
            case PyByteArray a when _index < a.Count: return PyInt.From(a.Span[_index++]);
        }
        _seq = null;
        return null;
    }
}

/// <summary>range_iterator: long counters, no allocation beyond the yielded int.</summary>
public sealed class PyRangeIterator(long start, long step, long length) : PyIteratorBase
{
    public static readonly PyType TypeObject = MakeType("range_iterator", typeof(PyRangeIterator));
    private long _next = start;
    private long _remaining = length;

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        if (_remaining <= 0) return null;
        long v = _next;
        _next = unchecked(_next + step);
        _remaining--;
        return PyInt.From(v);
    }
}

/// <summary>longrange_iterator: ranges whose bounds or length do not fit in a long.</summary>
public sealed class PyLongRangeIterator(System.Numerics.BigInteger start, System.Numerics.BigInteger step,
    System.Numerics.BigInteger length) : PyIteratorBase
{
    public static readonly PyType TypeObject = MakeType("longrange_iterator", typeof(PyLongRangeIterator));
    private System.Numerics.BigInteger _next = start;
    private System.Numerics.BigInteger _remaining = length;

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        if (_remaining.Sign <= 0) return null;
        var v = _next;
        _next += step;
        _remaining -= 1;
        return PyInt.From(v);
    }
}

/// <summary>dict_keyiterator / dict_valueiterator / dict_itemiterator.</summary>
public sealed class PyDictIterator : PyIteratorBase
{
    public enum Kind { Keys, Values, Items }

    public static readonly PyType KeysTypeObject = MakeType("dict_keyiterator", typeof(PyDictIterator));
    public static readonly PyType ValuesTypeObject = MakeType("dict_valueiterator", typeof(PyDictIterator));
    public static readonly PyType ItemsTypeObject = MakeType("dict_itemiterator", typeof(PyDictIterator));

    private PyDict? _dict;
    private readonly Kind _kind;
    private int _used;
    private int _pos;

    public PyDictIterator(PyDict dict, Kind kind) { _dict = dict; _kind = kind; _used = dict.Count; }

    public override PyType Type => _kind switch { Kind.Keys => KeysTypeObject, Kind.Values => ValuesTypeObject, _ => ItemsTypeObject };

    public override PyObject? Next()
    {
        var d = _dict;
        if (d is null) return null;
        if (d.Count != _used)
        {
            _used = -1;
            throw PyErr.RuntimeError("dictionary changed size during iteration");
        }
        if (!d.NextEntry(ref _pos, out var k, out var v, out _)) { _dict = null; return null; }
        return _kind switch { Kind.Keys => k, Kind.Values => v, _ => new PyTuple([k, v]) };
    }
}

/// <summary>dict_reversekeyiterator / dict_reversevalueiterator / dict_reverseitemiterator.</summary>
public sealed class PyDictReverseIterator : PyIteratorBase
{
    public static readonly PyType KeysTypeObject = MakeType("dict_reversekeyiterator", typeof(PyDictReverseIterator));
    public static readonly PyType ValuesTypeObject = MakeType("dict_reversevalueiterator", typeof(PyDictReverseIterator));
    public static readonly PyType ItemsTypeObject = MakeType("dict_reverseitemiterator", typeof(PyDictReverseIterator));

    private PyDict? _dict;
    private readonly PyDictIterator.Kind _kind;
    private int _used;
    private int _pos;

    public PyDictReverseIterator(PyDict dict, PyDictIterator.Kind kind)
    {
        _dict = dict; _kind = kind; _used = dict.Count; _pos = dict.EntryCount;
    }

    public override PyType Type => _kind switch
    {
        PyDictIterator.Kind.Keys => KeysTypeObject, PyDictIterator.Kind.Values => ValuesTypeObject, _ => ItemsTypeObject,
    };

    public override PyObject? Next()
    {
        var d = _dict;
        if (d is null) return null;
        if (d.Count != _used)
        {
            _used = -1;
            throw PyErr.RuntimeError("dictionary changed size during iteration");
        }
        if (!d.PrevEntry(ref _pos, out var k, out var v)) { _dict = null; return null; }
        return _kind switch { PyDictIterator.Kind.Keys => k, PyDictIterator.Kind.Values => v, _ => new PyTuple([k, v]) };
    }
}

/// <summary>set_iterator: walks the table in slot order; "Set changed size during iteration".</summary>
public sealed class PySetIterator(PySet set) : PyIteratorBase
{
    public static readonly PyType TypeObject = MakeType("set_iterator", typeof(PySetIterator));
    private PySet? _set = set;
    private int _used = set.Count;
    private int _pos;

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        var s = _set;
        if (s is null) return null;
        if (s.Count != _used)
        {
            _used = -1;
            throw PyErr.RuntimeError("Set changed size during iteration");
        }
        if (!s.NextEntry(ref _pos, out var k, out _)) { _set = null; return null; }
        return k;
    }
}

/// <summary>iterator: iteration through __getitem__ with 0, 1, 2... until IndexError or StopIteration.</summary>
public sealed class PySeqIterator(PyObject seq) : PyIteratorBase
{
    public static readonly PyType TypeObject = MakeType("iterator", typeof(PySeqIterator));
    private PyObject? _seq = seq;
    private long _index;

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        var s = _seq;
        if (s is null) return null;
        try
        {
            var r = s.GetItem(PyInt.From(_index));
            _index++;
            return r;
        }
        catch (PyException e) when (e.Value.Type.IsSubtype(ExceptionTypes.IndexError) || e.Value.Type.IsSubtype(ExceptionTypes.StopIteration))
        {
            _seq = null;
            return null;
        }
    }
}

/// <summary>callable_iterator: iter(callable, sentinel).</summary>
public sealed class PyCallableIterator(PyObject callable, PyObject sentinel) : PyIteratorBase
{
    public static readonly PyType TypeObject = MakeType("callable_iterator", typeof(PyCallableIterator));
    private PyObject? _callable = callable;

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        var c = _callable;
        if (c is null) return null;
        PyObject r;
        try { r = c.Call(ReadOnlySpan<PyObject>.Empty, null); }
        catch (PyException e) when (e.Value.Type.IsSubtype(ExceptionTypes.StopIteration))
        {
            _callable = null;
            return null;
        }
        if (Ops.RichCompareBool(r, sentinel, CompareOp.Eq)) { _callable = null; return null; }
        return r;
    }
}
