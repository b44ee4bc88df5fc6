// collections.deque (CPython's Modules/_collectionsmodule.c) as a growable ring buffer: O(1) appends
// and pops at both ends, an optional maxlen that drops items from the opposite end, and a state
// counter bumped by every structural change so iterators detect "deque mutated during iteration".
namespace GilRuntime.Core.Modules;

using System.Text;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;
using BinOp = GilRuntime.Core.Objects.BinaryOp;

public class PyDeque : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private PyObject[] _buf = new PyObject[8];
    private int _head;          // index of the leftmost item in _buf
    private int _count;
    /// <summary>-1 for an unbounded deque.</summary>
    private long _maxlen;
    /// <summary>CPython's deque->state: changes whenever items are added, removed or moved.</summary>
    internal long State;

    public PyDeque(long maxlen = -1) { _maxlen = maxlen; }

    public override PyType Type => TypeObject;
    public int Count => _count;
    public long MaxLen => _maxlen;

    // ---- ring buffer --------------------------------------------------------------------------------

    /// <summary>The i-th item from the left (0 &lt;= i &lt; Count).</summary>
    public PyObject this[int i]
    {
        get => _buf[Slot(i)];
        set => _buf[Slot(i)] = value;
    }

    private int Slot(int i)
    {
        int s = _head + i;
        return s >= _buf.Length ? s - _buf.Length : s;
    }

    private void Grow()
    {
        var nb = new PyObject[_buf.Length * 2];
        int first = Math.Min(_count, _buf.Length - _head);
        Array.Copy(_buf, _head, nb, 0, first);
        Array.Copy(_buf, 0, nb, first, _count - first);
        _buf = nb;
        _head = 0;
    }

    public void Append(PyObject x)
    {
        if (_maxlen == 0) return;
        if (_count == _maxlen) PopLeftCore();
        if (_count == _buf.Length) Grow();
        _buf[Slot(_count)] = x;
        _count++;
        State++;
    }

    public void AppendLeft(PyObject x)
    {
        if (_maxlen == 0) return;
        if (_count == _maxlen) PopCore();
        if (_count == _buf.Length) Grow();
        _head = _head == 0 ? _buf.Length - 1 : _head - 1;
        _buf[_head] = x;
        _count++;
        State++;
    }

    private PyObject PopCore()
    {
        int s = Slot(_count - 1);
        var x = _buf[s];
        _buf[s] = null!;
        _count--;
        State++;
        return x;
    }

    private PyObject PopLeftCore()
    {
        var x = _buf[_head];
        _buf[_head] = null!;
        _head = _head + 1 == _buf.Length ? 0 : _head + 1;
        _count--;
        State++;
        return x;
    }

    public PyObject Pop() => _count == 0 ? throw PyErr.IndexError("pop from an empty deque") : PopCore();
    public PyObject PopLeft() => _count == 0 ? throw PyErr.IndexError("pop from an empty deque") : PopLeftCore();

    public void Clear()
    {
        if (_count == 0) return;
        _buf = new PyObject[8];
        _head = 0;
        _count = 0;
        State++;
    }

    public void Extend(PyObject iterable)
    {
        if (ReferenceEquals(iterable, this)) iterable = new PyList(ToArray());
        var it = iterable.Iter();
        for (var x = it.Next(); x is not null; x = it.Next()) Append(x);
    }

    public void ExtendLeft(PyObject iterable)
    {
        if (ReferenceEquals(iterable, this)) iterable = new PyList(ToArray());
        var it = iterable.Iter();
        for (var x = it.Next(); x is not null; x = it.Next()) AppendLeft(x);
    }

    public PyObject[] ToArray()
    {
        var a = new PyObject[_count];
        for (int i = 0; i < _count; i++) a[i] = this[i];
        return a;
    }

    // CPython: _deque_rotate (reduced modulo the length; each step moves one item across the ends)
    public void Rotate(long n)
    {
        int len = _count;
        if (len <= 1) return;
        n %= len;
        if (n < 0) n += len;
        if (n == 0) return;
        // rotating right by n == moving the head back n slots when the buffer is full-length;
        // here the buffer may have slack, so rebuild in the rotated order.
        var items = ToArray();
        for (int i = 0; i < len; i++) _buf[Slot((int)((i + n) % len))] = items[i];
        State++;
    }

    private void Reverse()
    {
        for (int i = 0, j = _count - 1; i < j; i++, j--)
        {
            int a = Slot(i), b = Slot(j);
            (_buf[a], _buf[b]) = (_buf[b], _buf[a]);
        }
        State++;
    }

    private void RemoveAt(int index)
    {
        // shift the shorter side
        if (index < _count / 2)
        {
            for (int i = index; i > 0; i--) this[i] = this[i - 1];
            PopLeftCore();
        }
        else
        {
            for (int i = index; i < _count - 1; i++) this[i] = this[i + 1];
            PopCore();
        }
    }

    private void InsertAt(long index, PyObject x)
    {
        int n = _count;
        if (_maxlen >= 0 && n >= _maxlen) throw PyErr.IndexError("deque already at its maximum size");
        if (index < 0) { index += n; if (index < 0) index = 0; }
        if (index > n) index = n;
        if (index == n) { Append(x); return; }
        if (index == 0) { AppendLeft(x); return; }
        Append(this[n - 1]);
        for (int i = n - 1; i > index; i--) this[i] = this[i - 1];
        this[(int)index] = x;
    }

    private PyDeque CopyDeque()
    {
        var d = new PyDeque(_maxlen);
        for (int i = 0; i < _count; i++) d.Append(this[i]);
        return d;
    }

    // ---- slots --------------------------------------------------------------------------------------------

    public override bool IsTrue() => _count != 0;
    public override bool HasLength => true;
    public override long Length() => _count;
    public override long Hash() => throw PyErr.TypeError("unhashable type: 'collections.deque'");
    public override PyObject Iter() => new PyDequeIterator(this, false);

    private long CheckIndex(PyObject key)
    {
        var idx = key.Index() ?? throw PyErr.TypeError($"sequence index must be integer, not '{key.Type.Name}'");
        long i = idx.IsSmall ? idx.Value : (idx.Sign < 0 ? long.MinValue : long.MaxValue);
        if (i < 0 && i != long.MinValue) i += _count;
        if (i < 0 || i >= _count) throw PyErr.IndexError("deque index out of range");
        return i;
    }

    public override PyObject GetItem(PyObject key) => this[(int)CheckIndex(key)];
    public override void SetItem(PyObject key, PyObject value) => this[(int)CheckIndex(key)] = value;
    public override void DelItem(PyObject key) => RemoveAt((int)CheckIndex(key));

    public override bool Contains(PyObject item)
    {
        long state = State;
        int n = _count;
        for (int i = 0; i < n; i++)
        {
            bool eq = Ops.Eq(this[i], item);
            if (state != State || n != _count) throw PyErr.RuntimeError("deque mutated during iteration");
            if (eq) return true;
        }
        return false;
    }

    public override string Repr()
    {
        string name = ReferenceEquals(Type, TypeObject) ? "deque" : Type.Name;
        if (!SeqUtil.ReprEnter(this)) return "[...]";
        try
        {
            var sb = new StringBuilder(name).Append('(').Append(SeqUtil.JoinReprs(ToArray(), "[", "]"));
            if (_maxlen >= 0) sb.Append(", maxlen=").Append(_maxlen);
            return sb.Append(')').ToString();
        }
        finally { SeqUtil.ReprLeave(this); }
    }

    // CPython: deque_richcompare
    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyDeque w) return Py.NotImplemented;
        int vs = _count, ws = w._count;
        if (op == CompareOp.Eq && vs != ws) return Py.False;
        if (op == CompareOp.Ne && vs != ws) return Py.True;
        int i = 0;
        for (; i < vs && i < ws; i++)
        {
            var a = this[i]; var b = w[i];
            if (!Ops.Eq(a, b)) break;
            if (vs != _count || ws != w._count) throw PyErr.RuntimeError("deque mutated during iteration");
        }
        if (i >= vs || i >= ws)
        {
            bool r = op switch
            {
                CompareOp.Lt => vs < ws, CompareOp.Le => vs <= ws, CompareOp.Eq => vs == ws,
                CompareOp.Ne => vs != ws, CompareOp.Gt => vs > ws, _ => vs >= ws,
            };
            return Py.Bool(r);
        }
        if (op == CompareOp.Eq) return Py.False;
        if (op == CompareOp.Ne) return Py.True;
        return Ops.RichCompare(this[i], w[i], op);
    }

    public override PyObject? SequenceConcat(PyObject other)
    {
        if (other is not PyDeque d)
            throw PyErr.TypeError($"can only concatenate deque (not \"{other.Type.Name}\") to deque");
        var r = CopyDeque();
        r.Extend(d);
        return r;
    }

    public override PyObject? SequenceRepeat(long count)
    {
        var r = CopyDeque();
        r.RepeatInPlace(count);
        return r;
    }

    private void RepeatInPlace(long n)
    {
        if (n <= 0 || _count == 0) { Clear(); return; }
        if (n == 1) return;
        var items = ToArray();
        long total = (long)items.Length * n;
        if (_maxlen < 0 && total > int.MaxValue) throw PyErr.MemoryError("");
        // A bounded deque keeps only the last maxlen items of the repetition.
        long skip = _maxlen >= 0 && total > _maxlen ? total - _maxlen : 0;
        for (long k = items.Length; k < total; k++)
        {
            if (k < skip) { continue; }
            Append(items[k % items.Length]);
        }
    }

    public override PyObject InplaceOp(BinOp op, PyObject other)
    {
        if (op == BinOp.Add) { Extend(other); return this; }
        if (op == BinOp.Multiply)
        {
            var n = other.Index();
            if (n is null) return Py.NotImplemented;
            RepeatInPlace(n.IsSmall ? n.Value : (n.Sign < 0 ? 0 : throw PyErr.MemoryError("")));
            return this;
        }
        return Py.NotImplemented;
    }

    // ---- the type ----------------------------------------------------------------------------------------

    private static readonly string[] s_newNames = ["iterable", "maxlen"];

    private static PyType CreateType()
    {
        var t = PyType.Builtin("deque", typeof(PyDeque), null, static (type, a, k) =>
        {
            var b = ArgParser.Bind("deque", a, k, s_newNames, 0, 0, 2);
            var d = new PyDeque(ParseMaxLen(b[1]));
            if (b[0] is not null) d.Extend(b[0]!);
            return d;
        });
        t.Module = "collections";
        // Heap subclasses: __new__ makes an empty deque, __init__ sets maxlen and fills it (deque_init).
        t.SubtypeNew = static (type, a, k) => new GilRuntime.Core.Objects.Classes.PyDequeSub(type);
        t.Dict.SetItem(PyStr.Intern("__new__"), new GilRuntime.Core.Objects.Classes.PyBuiltinNew(t));
        t.AddMethod("__init__", static (s, a, k) =>
        {
            var b = ArgParser.Bind("deque", a, k, s_newNames, 0, 0, 2);
            var d = (PyDeque)s;
            d._maxlen = ParseMaxLen(b[1]);
            d.Clear();
            if (b[0] is not null) d.Extend(b[0]!);
            return Py.None;
        });
        t.AddMethod("append", static (s, a, k) => { ((PyDeque)s).Append(One("append", a, k)); return Py.None; });
        t.AddMethod("appendleft", static (s, a, k) => { ((PyDeque)s).AppendLeft(One("appendleft", a, k)); return Py.None; });
        t.AddMethod("pop", static (s, a, k) => { None("pop", a, k); return ((PyDeque)s).Pop(); });
        t.AddMethod("popleft", static (s, a, k) => { None("popleft", a, k); return ((PyDeque)s).PopLeft(); });
        t.AddMethod("extend", static (s, a, k) => { ((PyDeque)s).Extend(One("extend", a, k)); return Py.None; });
        t.AddMethod("extendleft", static (s, a, k) => { ((PyDeque)s).ExtendLeft(One("extendleft", a, k)); return Py.None; });
        t.AddMethod("clear", static (s, a, k) => { None("clear", a, k); ((PyDeque)s).Clear(); return Py.None; });
        t.AddMethod("copy", static (s, a, k) => { None("copy", a, k); return ((PyDeque)s).CopyDeque(); });
        t.AddMethod("__copy__", static (s, a, k) => { None("__copy__", a, k); return ((PyDeque)s).CopyDeque(); });
        t.AddMethod("reverse", static (s, a, k) => { None("reverse", a, k); ((PyDeque)s).Reverse(); return Py.None; });
        t.AddMethod("rotate", static (s, a, k) =>
        {
            ArgParser.NoKeywords("rotate", k);
            if (a.Length > 1) throw PyErr.TypeError($"rotate expected at most 1 argument, got {a.Length}");
            ((PyDeque)s).Rotate(a.Length == 0 ? 1 : Ops.AsIndex(a[0]));
            return Py.None;
        });
        t.AddMethod("count", static (s, a, k) =>
        {
            var d = (PyDeque)s;
            var x = One("count", a, k);
            long state = d.State, n = 0;
            int len = d._count;
            for (int i = 0; i < len; i++)
            {
                bool eq = Ops.Eq(d[i], x);
                if (state != d.State) throw PyErr.RuntimeError("deque mutated during iteration");
                if (eq) n++;
            }
            return PyInt.From(n);
        });
        t.AddMethod("index", static (s, a, k) =>
        {
            ArgParser.NoKeywords("index", k);
            if (a.Length < 1 || a.Length > 3)
                throw PyErr.TypeError(a.Length < 1 ? $"index expected at least 1 argument, got {a.Length}" : $"index expected at most 3 arguments, got {a.Length}");
            var d = (PyDeque)s;
            long n = d._count;
            long start = a.Length > 1 ? SeqUtil.SliceArg(a[1], 0) : 0;
            long stop = a.Length > 2 ? SeqUtil.SliceArg(a[2], n) : n;
            SeqUtil.AdjustIndices(ref start, ref stop, n);
            long state = d.State;
            for (long i = start; i < stop && i < d._count; i++)
            {
                bool eq = Ops.Eq(d[(int)i], a[0]);
                if (state != d.State) throw PyErr.RuntimeError("deque mutated during iteration");
                if (eq) return PyInt.From(i);
            }
            throw PyErr.ValueError($"{Ops.Repr(a[0])} is not in deque");
        });
        t.AddMethod("insert", static (s, a, k) =>
        {
            ArgParser.NoKeywords("insert", k);
            if (a.Length != 2) throw PyErr.TypeError($"insert() takes exactly 2 arguments ({a.Length} given)");
            ((PyDeque)s).InsertAt(Ops.AsIndex(a[0]), a[1]);
            return Py.None;
        });
        t.AddMethod("remove", static (s, a, k) =>
        {
            var d = (PyDeque)s;
            var x = One("remove", a, k);
            int n = d._count;
            for (int i = 0; i < n; i++)
            {
                bool eq = Ops.Eq(d[i], x);
                if (n != d._count) throw PyErr.IndexError("deque mutated during remove().");
                if (eq) { d.RemoveAt(i); return Py.None; }
            }
            throw PyErr.ValueError($"{Ops.Repr(x)} is not in deque");
        });
        t.AddMethod("__reversed__", static (s, a, k) => { None("__reversed__", a, k); return new PyDequeIterator((PyDeque)s, true); });
        t.AddMethod("__len__", static (s, a, k) => { None("__len__", a, k); return PyInt.From(((PyDeque)s)._count); });
        t.AddMethod("__iter__", static (s, a, k) => { None("__iter__", a, k); return s.Iter(); });
        t.AddMethod("__getitem__", static (s, a, k) => s.GetItem(One("__getitem__", a, k)));
        t.AddMethod("__contains__", static (s, a, k) => Py.Bool(s.Contains(One("__contains__", a, k))));
        t.Dict.SetItem(PyStr.Intern("maxlen"), new PyGetSetDescriptor(t, "maxlen",
            static o => ((PyDeque)o)._maxlen < 0 ? Py.None : PyInt.From(((PyDeque)o)._maxlen), null));
        t.Dict.SetItem(PyStr.Intern("__hash__"), Py.None);
        SeqUtil.RegisterOperatorDunders(t, false, [BinOp.Add, BinOp.Multiply], [BinOp.Add, BinOp.Multiply]);
        return t;
    }

    private static long ParseMaxLen(PyObject? o)
    {
        if (o is null or PyNone) return -1;
        if (o is not PyInt mi) throw PyErr.TypeError("an integer is required");
        if (mi.Sign < 0) throw PyErr.ValueError("maxlen must be non-negative");
        return mi.IsSmall ? mi.Value : throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
    }

    private static PyObject One(string name, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        ArgParser.NoKeywords(name, k);
        if (a.Length != 1) throw PyErr.TypeError($"deque.{name}() takes exactly one argument ({a.Length} given)");
        return a[0];
    }

    private static void None(string name, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        ArgParser.NoKeywords(name, k);
        if (a.Length != 0) throw PyErr.TypeError($"deque.{name}() takes no arguments ({a.Length} given)");
    }
}

/// <summary>_collections._deque_iterator / _deque_reverse_iterator.</summary>
public sealed class PyDequeIterator : PyIteratorBase
{
    public static readonly PyType ForwardType = MakeIterType("_deque_iterator");
    public static readonly PyType ReverseType = MakeIterType("_deque_reverse_iterator");

    private static PyType MakeIterType(string name)
    {
        var t = MakeType(name, typeof(PyDequeIterator));
        t.Module = "_collections";
        t.AddMethod("__length_hint__", static (s, a, k) => PyInt.From(((PyDequeIterator)s)._remaining));
        return t;
    }

    private readonly PyDeque _deque;
    private readonly bool _reverse;
    private readonly long _state;
    private int _index;
    private int _remaining;

    public PyDequeIterator(PyDeque d, bool reverse)
    {
        _deque = d; _reverse = reverse; _state = d.State; _remaining = d.Count;
        _index = reverse ? d.Count - 1 : 0;
    }

    public override PyType Type => _reverse ? ReverseType : ForwardType;

    public override PyObject? Next()
    {
        if (_deque.State != _state)
        {
            _remaining = 0;
            throw PyErr.RuntimeError("deque mutated during iteration");
        }
        if (_remaining == 0) return null;
        var x = _deque[_index];
        _index += _reverse ? -1 : 1;
        _remaining--;
        return x;
    }
}
