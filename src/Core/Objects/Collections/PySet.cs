// set and frozenset: CPython's set table (Objects/setobject.c) reproduced probe for probe, so that the
// iteration order of a set equals python3's for the same history of operations: open addressing with
// LINEAR_PROBES = 9 neighbours before a perturbed jump (PERTURB_SHIFT = 5), minimum size 8, growth when
// fill*5 >= mask*3 to used*4 (used*2 past 50000), dummies left by deletions, and set_pop's finger.
//
// Table invariants: an empty slot has key null and hash 0; a dummy slot has key s_dummy and hash -1;
// fill counts active + dummy slots, used counts active ones.
namespace GilRuntime.Core.Objects;

public partial class PySet : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;

    private static readonly PyObject s_dummy = new PyBaseObject();

    internal PyObject?[] _keys = new PyObject?[MinSize];
    internal long[] _hashes = new long[MinSize];
    internal int _mask = MinSize - 1;
    private int _fill;
    internal int _used;
    private int _finger;
    /// <summary>frozenset's cached hash (-1: not computed).</summary>
    private long _hash = -1;

    public PySet() { }

    public int Count => _used;

    public override PyType Type => TypeObject;
    public override bool IsTrue() => _used != 0;
    public override bool HasLength => true;
    public override long Length() => _used;
    public override long Hash() => throw SeqUtil.Unhashable(this);

    internal static bool IsDummy(PyObject? k) => ReferenceEquals(k, s_dummy);

    /// <summary>Keys in iteration order; the set must not change while this is enumerated.</summary>
    public IEnumerable<PyObject> Keys()
    {
        for (int i = 0; i <= _mask; i++)
        {
            var k = _keys[i];
            if (k is not null && !ReferenceEquals(k, s_dummy)) yield return k;
        }
    }

    /// <summary>The next active slot at or after <paramref name="pos"/> (set_next).</summary>
    internal bool NextEntry(ref int pos, out PyObject key, out long hash)
    {
        int i = pos;
        var keys = _keys;
        while (i <= _mask && (keys[i] is null || ReferenceEquals(keys[i], s_dummy))) i++;
        pos = i + 1;
        if (i > _mask) { key = null!; hash = 0; return false; }
        key = keys[i]!;
        hash = _hashes[i];
        return true;
    }

    private static long HashOf(PyObject key) => key.Hash();

    // ---- probing (set_lookkey / set_add_entry / set_insert_clean / set_table_resize) ------------------

    /// <summary>The slot holding key, or -1 (set_lookkey followed by the key != NULL test).</summary>
    internal int Find(PyObject key, long hash)
    {
    restart:
        var keys = _keys;
        var hashes = _hashes;
        ulong mask = (ulong)_mask;
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & mask;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            ulong j = i;
            do
            {
                var k = keys[j];
                if (k is null && hashes[j] == 0) return -1;
                if (hashes[j] == hash && k is not null)
                {
                    if (ReferenceEquals(k, key)) return (int)j;
                    if (k is PyStr ks && key is PyStr kk)
                    {
                        if (ks.Value == kk.Value) return (int)j;
                    }
                    else if (SeqUtil.BothExactSmallInts(k, key, out bool intEq))
                    {
                        if (intEq) return (int)j;
                    }
                    else
                    {
                        bool eq = Ops.RichCompareBool(k, key, CompareOp.Eq);
                        if (!ReferenceEquals(keys, _keys) || !ReferenceEquals(keys[j], k)) goto restart;
                        if (eq) return (int)j;
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// <summary>set_add_entry: inserts key unless an equal key is present.</summary>
    internal void AddEntry(PyObject key, long hash)
    {
    restart:
        var keys = _keys;
        var hashes = _hashes;
        ulong mask = (ulong)_mask;
        ulong i = (ulong)hash & mask;
        long freeslot = -1;
        ulong perturb = (ulong)hash;
        ulong j;
        while (true)
        {
            j = i;
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            do
            {
                var k = keys[j];
                if (k is null && hashes[j] == 0) goto foundUnusedOrDummy;
                if (hashes[j] == hash)
                {
                    if (ReferenceEquals(k, key)) return;
                    if (k is PyStr ks && key is PyStr kk)
                    {
                        if (ks.Value == kk.Value) return;
                    }
                    else if (SeqUtil.BothExactSmallInts(k!, key, out bool intEq))
                    {
                        if (intEq) return;
                    }
                    else
                    {
                        bool eq = Ops.RichCompareBool(k!, key, CompareOp.Eq);
                        if (eq) return;
                        if (!ReferenceEquals(keys, _keys) || !ReferenceEquals(keys[j], k)) goto restart;
                        mask = (ulong)_mask;
                    }
                }
                else if (hashes[j] == -1)
                    freeslot = (long)j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    foundUnusedOrDummy:
        _hash = -1;
        if (freeslot >= 0)
        {
            _used++;
            keys[freeslot] = key;
            hashes[freeslot] = hash;
            return;
        }
        _fill++;
        _used++;
        keys[j] = key;
        hashes[j] = hash;
        if ((ulong)_fill * 5 < mask * 3) return;
        Resize(_used > 50000 ? _used * 2 : _used * 4);
    }

    private static void InsertClean(PyObject?[] keys, long[] hashes, ulong mask, PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & mask;
        while (true)
        {
            if (keys[i] is null) { keys[i] = key; hashes[i] = hash; return; }
            if (i + LinearProbes <= mask)
            {
                for (ulong j = i + 1; j <= i + LinearProbes; j++)
                    if (keys[j] is null) { keys[j] = key; hashes[j] = hash; return; }
            }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// <summary>set_table_resize: a table of the smallest power of two above minused, without dummies.</summary>
    private void Resize(long minused)
    {
        long newsize = MinSize;
        while (newsize <= minused) newsize <<= 1;
        if (newsize > int.MaxValue / 2) throw PyErr.MemoryError("");
        var oldKeys = _keys;
        var oldHashes = _hashes;
        if (newsize == MinSize && oldKeys.Length == MinSize && _fill == _used) return;
        var keys = new PyObject?[newsize];
        var hashes = new long[newsize];
        ulong newmask = (ulong)(newsize - 1);
        for (int i = 0; i < oldKeys.Length; i++)
        {
            var k = oldKeys[i];
            if (k is not null && !ReferenceEquals(k, s_dummy)) InsertClean(keys, hashes, newmask, k, oldHashes[i]);
        }
        _keys = keys;
        _hashes = hashes;
        _mask = (int)newmask;
        _fill = _used;
    }

    /// <summary>set_discard_entry: true when the key was present.</summary>
    internal bool DiscardEntry(PyObject key, long hash)
    {
        int slot = Find(key, hash);
        if (slot < 0) return false;
        _keys[slot] = s_dummy;
        _hashes[slot] = -1;
        _used--;
        _hash = -1;
        return true;
    }

    internal void ClearTable()
    {
        _keys = new PyObject?[MinSize];
        _hashes = new long[MinSize];
        _mask = MinSize - 1;
        _fill = 0;
        _used = 0;
        _hash = -1;
    }

    // ---- public API ---------------------------------------------------------------------------------

    public void Add(PyObject key) => AddEntry(key, HashOf(key));

    public override bool Contains(PyObject key)
    {
        long h;
        try { h = HashOf(key); }
        catch (PyException e) when (key is PySet ks && ks is not PyFrozenSet && e.Value.Type == ExceptionTypes.TypeError)
        {
            var fs = PyFrozenSet.From(ks);
            return Find(fs, fs.Hash()) >= 0;
        }
        return Find(key, h) >= 0;
    }

    public bool Discard(PyObject key)
    {
        long h;
        try { h = HashOf(key); }
        catch (PyException e) when (key is PySet ks && ks is not PyFrozenSet && e.Value.Type == ExceptionTypes.TypeError)
        {
            var fs = PyFrozenSet.From(ks);
            return DiscardEntry(fs, fs.Hash());
        }
        return DiscardEntry(key, h);
    }

    /// <summary>set.pop(): removes the next key from the finger (KeyError when empty).</summary>
    public PyObject Pop()
    {
        if (_used == 0) throw PyErr.New(ExceptionTypes.KeyError, "pop from an empty set");
        int i = _finger & _mask;
        while (_keys[i] is null || ReferenceEquals(_keys[i], s_dummy))
        {
            i++;
            if (i > _mask) i = 0;
        }
        var key = _keys[i]!;
        _keys[i] = s_dummy;
        _hashes[i] = -1;
        _used--;
        _finger = i + 1;
        _hash = -1;
        return key;
    }

    public void Clear() => ClearTable();

    /// <summary>set_merge: adds every key of another set, copying slots when the layouts allow.</summary>
    internal void Merge(PySet other)
    {
        if (ReferenceEquals(other, this) || other._used == 0) return;
        if ((long)(_fill + other._used) * 5 >= (long)_mask * 3)
            Resize((long)(_used + other._used) * 2);
        _hash = -1;
        if (_fill == 0 && _mask == other._mask && other._fill == other._used)
        {
            Array.Copy(other._keys, _keys, other._keys.Length);
            Array.Copy(other._hashes, _hashes, other._hashes.Length);
            _fill = other._fill;
            _used = other._used;
            return;
        }
        if (_fill == 0)
        {
            _fill = other._used;
            _used = other._used;
            for (int i = 0; i <= other._mask; i++)
            {
                var k = other._keys[i];
                if (k is not null && !ReferenceEquals(k, s_dummy)) InsertClean(_keys, _hashes, (ulong)_mask, k, other._hashes[i]);
            }
            return;
        }
        for (int i = 0; i <= other._mask; i++)
        {
            var k = other._keys[i];
            if (k is not null && !ReferenceEquals(k, s_dummy)) AddEntry(k, other._hashes[i]);
        }
    }

    /// <summary>set_update_internal: adds the items of any iterable.</summary>
    public void Update(PyObject other)
    {
        if (other is PySet s) { Merge(s); return; }
        if (other is PyDict d && d.Type == PyDict.TypeObject)
        {
            long n = d.Count;
            if ((_fill + n) * 5 >= (long)_mask * 3) Resize((_used + n) * 2);
            int pos = 0;
            while (d.NextEntry(ref pos, out var k, out _, out long h)) AddEntry(k, h);
            return;
        }
        var it = other.Iter();
        for (var x = it.Next(); x is not null; x = it.Next()) Add(x);
    }

    /// <summary>A new set or frozenset (by the base type of <paramref name="like"/>) holding <paramref name="iterable"/>'s items.</summary>
    internal static PySet MakeLike(PySet like, PyObject? iterable)
    {
        PySet r = like is PyFrozenSet ? new PyFrozenSet() : new PySet();
        if (iterable is not null) r.Update(iterable);
        return r;
    }

    public PySet Copy() => MakeLike(this, this);

    internal long FrozenHash()
    {
        if (_hash != -1) return _hash;
        // CPython: frozenset_hash.
        static ulong Shuffle(ulong h) => unchecked(((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL);
        ulong hash = 0;
        unchecked
        {
            for (int i = 0; i <= _mask; i++) hash ^= Shuffle((ulong)_hashes[i]);
            if (((_mask + 1 - _fill) & 1) != 0) hash ^= Shuffle(0);
            if (((_fill - _used) & 1) != 0) hash ^= Shuffle(ulong.MaxValue);
            hash ^= ((ulong)_used + 1) * 1927868237UL;
            hash ^= (hash >> 11) ^ (hash >> 25);
            hash = hash * 69069U + 907133923UL;
            if (hash == ulong.MaxValue) hash = 590923713UL;
        }
        _hash = (long)hash;
        return _hash;
    }

    public override PyObject Iter() => new PySetIterator(this);

    public override string Repr()
    {
        var name = Type.Name;
        if (!SeqUtil.ReprEnter(this)) return name + "(...)";
        try
        {
            if (_used == 0) return name + "()";
            var sb = new System.Text.StringBuilder();
            bool exact = ReferenceEquals(Type, TypeObject);
            sb.Append(exact ? "{" : name + "({");
            bool first = true;
            var items = new List<PyObject>(Keys());
            foreach (var k in items)
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(k.Repr());
            }
            sb.Append(exact ? "}" : "})");
            return sb.ToString();
        }
        finally { SeqUtil.ReprLeave(this); }
    }
}

public class PyFrozenSet : PySet
{
    public static new readonly PyType TypeObject = CreateFrozenType();

    private static PyType CreateFrozenType()
    {
        var t = PyType.Builtin("frozenset", typeof(PyFrozenSet), null, NewFrozenSet);
        RegisterShared(t);
        SeqUtil.RegisterOperatorDunders(t, true, [Objects.BinaryOp.Or, Objects.BinaryOp.And, Objects.BinaryOp.Subtract, Objects.BinaryOp.Xor], []);
        return t;
    }

    public PyFrozenSet() { }

    /// <summary>A frozenset with the items of any iterable.</summary>
    public static PyFrozenSet From(PyObject iterable)
    {
        var r = new PyFrozenSet();
        r.Update(iterable);
        return r;
    }

    public override PyType Type => TypeObject;
    public override long Hash() => FrozenHash();

    private static PyObject NewFrozenSet(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgParser.NoKeywords("frozenset", kw);
        if (args.Length > 1) throw PyErr.TypeError($"frozenset expected at most 1 argument, got {args.Length}");
        if (args.Length == 0) return new PyFrozenSet();
        if (args[0] is PyFrozenSet f) return f;
        return From(args[0]);
    }
}
