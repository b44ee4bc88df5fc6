// dict: CPython's compact, insertion-ordered hash table (Objects/dictobject.c). An index table of
// power-of-two size maps probe positions to slots of dense entry arrays (hash, key, value); deleted
// entries leave a null key in the entry arrays and DUMMY in the index table. Probing is open
// addressing with perturbation (i = i*5 + perturb + 1; perturb >>= 5). str keys take a fast path:
// identity, then the cached hash and an ordinal comparison, never a Python-level __eq__.
//
// Version is bumped on every mutation, so the VM can cache lookups (e.g. LOAD_GLOBAL) by it.
namespace GilRuntime.Core.Objects;

using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

public partial class PyDict : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private const int Empty = -1, Dummy = -2, MinSize = 8, PerturbShift = 5;

    private int[] _indices;
    private long[] _hashes;
    private PyObject?[] _keys;
    private PyObject?[] _values;
    /// <summary>Entry slots used so far (live + deleted); new entries go at _nentries.</summary>
    private int _nentries;
    private int _used;

    /// <summary>Bumped on every mutation (insert, update of a value, delete, clear).</summary>
    public int Version;

    public PyDict() : this(0) { }

    public PyDict(int capacity)
    {
        int size = MinSize;
        while (Usable(size) < capacity) size <<= 1;
        Allocate(size);
    }

    [MemberNotNull(nameof(_indices), nameof(_hashes), nameof(_keys), nameof(_values))]
    private void Allocate(int size)
    {
        _indices = new int[size];
        Array.Fill(_indices, Empty);
        int usable = Usable(size);
        _hashes = new long[usable];
        _keys = new PyObject?[usable];
        _values = new PyObject?[usable];
        _nentries = 0;
    }

    private static int Usable(int size) => (size << 1) / 3;

    public int Count => _used;

    public override PyType Type => TypeObject;
    public override bool IsTrue() => _used != 0;
    public override bool HasLength => true;
    public override long Length() => _used;
    public override long Hash() => throw SeqUtil.Unhashable(this);

    // ---- lookup ---------------------------------------------------------------------------------------

    /// <summary>The entry index of key, or -1; <paramref name="slot"/> is its index-table position.</summary>
    private int Lookup(PyObject key, long hash, out int slot)
    {
    restart:
        var indices = _indices;
        ulong mask = (ulong)indices.Length - 1;
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & mask;
        bool keyIsStr = key is PyStr;
        while (true)
        {
            int ix = indices[i];
            if (ix == Empty) { slot = (int)i; return -1; }
            if (ix >= 0)
            {
                var k = _keys[ix]!;
                if (ReferenceEquals(k, key)) { slot = (int)i; return ix; }
                if (_hashes[ix] == hash)
                {
                    if (keyIsStr && k is PyStr ks)
                    {
                        if (ks.Value == ((PyStr)key).Value) { slot = (int)i; return ix; }
                    }
                    else if (SeqUtil.BothExactSmallInts(k, key, out bool intEq))
                    {
                        if (intEq) { slot = (int)i; return ix; }
                    }
                    else
                    {
                        var keys = _keys;
                        bool eq = Ops.RichCompareBool(k, key, CompareOp.Eq);
                        if (!ReferenceEquals(keys, _keys) || !ReferenceEquals(_keys[ix], k)) goto restart;
                        if (eq) { slot = (int)i; return ix; }
                    }
                }
            }
            perturb >>= PerturbShift;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    /// <summary>Lookup specialised for str keys: no Python-level comparison can run.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int LookupStr(PyStr key)
    {
        long hash = key.CachedHash;
        var indices = _indices;
        ulong mask = (ulong)indices.Length - 1;
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & mask;
        while (true)
        {
            int ix = indices[i];
            if (ix == Empty) return -1;
            if (ix >= 0)
            {
                var k = _keys[ix];
                if (ReferenceEquals(k, key)) return ix;
                if (_hashes[ix] == hash)
                {
                    if (k is PyStr ks) { if (ks.Value == key.Value) return ix; }
                    else return LookupSlowFromStr(key, hash);
                }
            }
            perturb >>= PerturbShift;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    private int LookupSlowFromStr(PyStr key, long hash) => Lookup(key, hash, out _);

    public bool TryGetValue(PyObject key, out PyObject value)
    {
        int ix = key is PyStr s ? LookupStr(s) : Lookup(key, key.Hash(), out _);
        if (ix < 0) { value = null!; return false; }
        value = _values[ix]!;
        return true;
    }

    /// <summary>The str-key fast path (globals, attributes, keyword arguments).</summary>
    public bool TryGetValue(PyStr key, out PyObject value)
    {
        int ix = LookupStr(key);
        if (ix < 0) { value = null!; return false; }
        value = _values[ix]!;
        return true;
    }

    /// <summary>The value for key or null.</summary>
    public PyObject? GetValueOrNull(PyObject key) => TryGetValue(key, out var v) ? v : null;

    internal bool ContainsKnownHash(PyObject key, long hash) => Lookup(key, hash, out _) >= 0;

    public override bool Contains(PyObject key) =>
        (key is PyStr s ? LookupStr(s) : Lookup(key, key.Hash(), out _)) >= 0;

    public override PyObject GetItem(PyObject key)
    {
        if (TryGetValue(key, out var v)) return v;
        // dict_subscript: a subclass may supply __missing__.
        if (GetType() != typeof(PyDict) && Type.LookupMro(PyStr.Intern("__missing__")) is { } missing)
            return Classes.SlotCalls.Call1(missing, this, key);
        throw PyErr.KeyError(key);
    }

    // ---- insertion -------------------------------------------------------------------------------------

    public override void SetItem(PyObject key, PyObject value) => Insert(key, key.Hash(), value);

    /// <summary>
    /// The str-key store (STORE_NAME, STORE_GLOBAL, attributes) of an exact dict: an update in place
    /// takes the str lookup, which never runs Python code.
    /// </summary>
    internal void SetItemStr(PyStr key, PyObject value)
    {
        int ix = LookupStr(key);
        if (ix < 0) { Insert(key, key.CachedHash, value); return; }
        Version++;
        SetValueAt(ix, value);
    }

    internal void Insert(PyObject key, long hash, PyObject value)
    {
        int ix = Lookup(key, hash, out _);
        Version++;
        if (ix >= 0) { SetValueAt(ix, value); return; }
        if (_nentries == _keys.Length) Resize(GrowthSize());
        int slot = FindEmptySlot(hash);
        int e = _nentries++;
        _indices[slot] = e;
        _hashes[e] = hash;
        _keys[e] = key;
        SetValueAt(e, value);
        _used++;
    }

    /// <summary>
    /// _values[ix] = value without the covariant-array store check: _values is always exactly a
    /// PyObject?[], and the check (a helper call for every subtype of PyObject) is most of an update's cost.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetValueAt(int ix, PyObject? value)
    {
        var values = _values;
        if ((uint)ix >= (uint)values.Length) throw new IndexOutOfRangeException();
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(values), ix) = value;
    }

    private int GrowthSize() => _used * 3;

    private int FindEmptySlot(long hash)
    {
        var indices = _indices;
        ulong mask = (ulong)indices.Length - 1;
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & mask;
        while (indices[i] >= 0)
        {
            perturb >>= PerturbShift;
            i = (i * 5 + perturb + 1) & mask;
        }
        return (int)i;
    }

    /// <summary>dictresize: a table whose size is the smallest power of two >= minsize; entries compacted.</summary>
    private void Resize(int minsize)
    {
        int size = MinSize;
        while (size < minsize || Usable(size) <= _used) size <<= 1;
        var oldHashes = _hashes; var oldKeys = _keys; var oldValues = _values; int oldN = _nentries;
        Allocate(size);
        int n = 0;
        ulong mask = (ulong)size - 1;
        for (int j = 0; j < oldN; j++)
        {
            var k = oldKeys[j];
            if (k is null) continue;
            long h = oldHashes[j];
            _hashes[n] = h; _keys[n] = k; _values[n] = oldValues[j];
            ulong perturb = (ulong)h;
            ulong i = (ulong)h & mask;
            while (_indices[i] != Empty)
            {
                perturb >>= PerturbShift;
                i = (i * 5 + perturb + 1) & mask;
            }
            _indices[i] = n;
            n++;
        }
        _nentries = n;
    }

    // ---- deletion -------------------------------------------------------------------------------------

    public bool Remove(PyObject key)
    {
        int ix = Lookup(key, key.Hash(), out int slot);
        if (ix < 0) return false;
        DeleteAt(ix, slot);
        return true;
    }

    /// <summary>Removes key and returns its value, or null when absent.</summary>
    public PyObject? Pop(PyObject key)
    {
        int ix = Lookup(key, key.Hash(), out int slot);
        if (ix < 0) return null;
        var v = _values[ix];
        DeleteAt(ix, slot);
        return v;
    }

    private void DeleteAt(int ix, int slot)
    {
        _indices[slot] = Dummy;
        _keys[ix] = null;
        _values[ix] = null;
        _used--;
        Version++;
    }

    public override void DelItem(PyObject key)
    {
        if (!Remove(key)) throw PyErr.KeyError(key);
    }

    public void Clear()
    {
        Allocate(MinSize);
        _used = 0;
        Version++;
    }

    /// <summary>popitem(): the last inserted pair (LIFO).</summary>
    public PyTuple PopItem()
    {
        if (_used == 0) throw PyErr.New(ExceptionTypes.KeyError, "popitem(): dictionary is empty");
        int i = _nentries - 1;
        while (_keys[i] is null) i--;
        var k = _keys[i]!;
        var v = _values[i]!;
        int ix = Lookup(k, _hashes[i], out int slot);
        DeleteAt(ix, slot);
        _nentries = i;
        return new PyTuple([k, v]);
    }

    // ---- iteration ------------------------------------------------------------------------------------

    /// <summary>_PyDict_Next: the next live entry at or after <paramref name="pos"/>.</summary>
    internal bool NextEntry(ref int pos, out PyObject key, out PyObject value, out long hash)
    {
        int i = pos;
        var keys = _keys;
        int n = _nentries;
        while (i < n && keys[i] is null) i++;
        if (i >= n) { pos = i; key = null!; value = null!; hash = 0; return false; }
        pos = i + 1;
        key = keys[i]!;
        value = _values[i]!;
        hash = _hashes[i];
        return true;
    }

    /// <summary>The previous live entry before <paramref name="pos"/> (reversed iteration).</summary>
    internal bool PrevEntry(ref int pos, out PyObject key, out PyObject value)
    {
        int i = Math.Min(pos, _nentries) - 1;
        while (i >= 0 && _keys[i] is null) i--;
        pos = i;
        if (i < 0) { key = null!; value = null!; return false; }
        key = _keys[i]!;
        value = _values[i]!;
        return true;
    }

    internal int EntryCount => _nentries;

    /// <summary>Entries in insertion order; the dict must not change while this is enumerated.</summary>
    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items()
    {
        int pos = 0;
        while (NextEntry(ref pos, out var k, out var v, out _)) yield return new(k, v);
    }

    public override PyObject Iter() => new PyDictIterator(this, PyDictIterator.Kind.Keys);
}
