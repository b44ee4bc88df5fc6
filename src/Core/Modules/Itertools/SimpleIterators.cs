// The one-input itertools iterators: count, cycle, repeat, accumulate, chain, compress, dropwhile,
// takewhile, filterfalse, islice, pairwise, starmap and zip_longest (itertoolsmodule.c's *_next).
namespace GilRuntime.Core.Modules.Itertools;

using System.Numerics;
using GilRuntime.Core.Objects;
using BinOp = GilRuntime.Core.Objects.BinaryOp;

/// <summary>count(start=0, step=1): a long lane while the value fits, Python addition otherwise.</summary>
public sealed class PyCount : PyIteratorBase
{
    private static readonly string[] s_names = ["start", "step"];
    public static readonly PyType TypeObject = ItertoolsModule.MakeType("count", typeof(PyCount), static (t, a, k) =>
    {
        var b = ArgParser.Bind("count", a, k, s_names, 0, 0, 2);
        var start = b[0] ?? PyInt.From(0);
        var step = b[1] ?? PyInt.From(1);
        if (!IsNumber(start) || !IsNumber(step)) throw PyErr.TypeError("a number is required");
        return new PyCount(start, step);
    });

    private static bool IsNumber(PyObject o) => o is PyInt or PyFloat or PyComplex || o.Index() is not null || o.ToFloat() is not null;

    private long _cnt;
    private readonly long _step;
    private bool _fast;
    private PyObject _value;
    private readonly PyObject _stepObj;

    public PyCount(PyObject start, PyObject step)
    {
        _value = start is PyInt si ? PyInt.From(si.ToBigInteger()) : start;
        _stepObj = step is PyInt st ? PyInt.From(st.ToBigInteger()) : step;
        if (_value is PyInt a && a.IsSmall && _stepObj is PyInt b && b.IsSmall)
        { _fast = true; _cnt = a.Value; _step = b.Value; }
    }

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        if (_fast)
        {
            long v = _cnt, n = v + _step;
            if (((v ^ n) & (_step ^ n)) >= 0) { _cnt = n; return PyInt.From(v); }
            _fast = false;
            _value = PyInt.From(v);
        }
        var r = _value;
        _value = Ops.BinaryOp(_value, _stepObj, BinOp.Add);
        return r;
    }

    public override string Repr()
    {
        var cur = _fast ? PyInt.From(_cnt) : _value;
        bool unitStep = _stepObj is PyInt s && s.IsSmall && s.Value == 1;
        return unitStep ? $"count({Ops.Repr(cur)})" : $"count({Ops.Repr(cur)}, {Ops.Repr(_stepObj)})";
    }
}

/// <summary>cycle(iterable): saves the items on the first pass, then repeats them.</summary>
public sealed class PyCycle : PyIteratorBase
{
    public static readonly PyType TypeObject = ItertoolsModule.MakeType("cycle", typeof(PyCycle), static (t, a, k) =>
    {
        ItertoolsModule.Positional("cycle", a, k, 1, 1);
        return new PyCycle(a[0].Iter());
    });

    private PyObject? _it;
    private readonly List<PyObject> _saved = new();
    private int _index;

    private PyCycle(PyObject it) { _it = it; }
    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        if (_it is not null)
        {
            var item = _it.Next();
            if (item is not null) { _saved.Add(item); return item; }
            _it = null;
        }
        if (_saved.Count == 0) return null;
        var r = _saved[_index];
        _index = _index + 1 == _saved.Count ? 0 : _index + 1;
        return r;
    }
}

/// <summary>repeat(object[, times]).</summary>
public sealed class PyRepeat : PyIteratorBase
{
    private static readonly string[] s_names = ["object", "times"];
    public static readonly PyType TypeObject = MakeRepeatType();

    private static PyType MakeRepeatType()
    {
        var t = ItertoolsModule.MakeType("repeat", typeof(PyRepeat), static (t, a, k) =>
        {
            var b = ArgParser.Bind("repeat", a, k, s_names, 1, 0, 2);
            long times = -1;
            if (b[1] is not null)
            {
                times = Ops.AsIndex(b[1]!);
                if (times < 0) times = 0;
            }
            return new PyRepeat(b[0]!, times);
        });
        t.AddMethod("__length_hint__", static (self, a, k) =>
        {
            var r = (PyRepeat)self;
            if (r._times < 0) throw PyErr.TypeError("len() of unsized object");
            return PyInt.From(r._times);
        });
        return t;
    }

    private readonly PyObject _obj;
    private long _times;   // -1: forever

    public PyRepeat(PyObject obj, long times) { _obj = obj; _times = times; }
    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        if (_times < 0) return _obj;
        if (_times == 0) return null;
        _times--;
        return _obj;
    }

    public override string Repr() => _times < 0 ? $"repeat({Ops.Repr(_obj)})" : $"repeat({Ops.Repr(_obj)}, {_times})";
}

/// <summary>accumulate(iterable, func=None, *, initial=None).</summary>
public sealed class PyAccumulate : PyIteratorBase
{
    private static readonly string[] s_names = ["iterable", "func", "initial"];
    public static readonly PyType TypeObject = ItertoolsModule.MakeType("accumulate", typeof(PyAccumulate), static (t, a, k) =>
    {
        int npos = a.Length - (k?.Count ?? 0);
        if (npos > 2) throw PyErr.TypeError($"accumulate() takes at most 2 positional arguments ({npos} given)");
        var b = ArgParser.Bind("accumulate", a, k, s_names, 1, 0, 3);
        return new PyAccumulate(b[0]!.Iter(), b[1] is null or PyNone ? null : b[1], b[2] is PyNone ? null : b[2]);
    });

    private readonly PyObject _it;
    private readonly PyObject? _func;
    private PyObject? _initial;
    private PyObject? _total;

    private PyAccumulate(PyObject it, PyObject? func, PyObject? initial) { _it = it; _func = func; _initial = initial; }
    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        if (_initial is not null)
        {
            _total = _initial;
            _initial = null;
            return _total;
        }
        var val = _it.Next();
        if (val is null) return null;
        if (_total is null) _total = val;
        else _total = _func is null ? Ops.BinaryOp(_total, val, BinOp.Add) : _func.Call([_total, val], null);
        return _total;
    }
}

/// <summary>chain(*iterables) and chain.from_iterable(iterable).</summary>
public sealed class PyChain : PyIteratorBase
{
    public static readonly PyType TypeObject = MakeChainType();

    private static PyType MakeChainType()
    {
        var t = ItertoolsModule.MakeType("chain", typeof(PyChain), static (t, a, k) =>
        {
            ArgParser.NoKeywords("chain", k);
            return new PyChain(new PyTuple(a.ToArray()).Iter());
        });
        t.Dict.SetItem(PyStr.Intern("from_iterable"), new PyBuiltinFunction("from_iterable", static (a, k) =>
        {
            ArgParser.NoKeywords("chain.from_iterable", k);
            if (a.Length != 1) throw PyErr.TypeError($"chain.from_iterable() takes exactly one argument ({a.Length} given)");
            return new PyChain(a[0].Iter());
        }, t));
        return t;
    }

    private PyObject? _source;
    private PyObject? _active;

    private PyChain(PyObject source) { _source = source; }
    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        while (true)
        {
            if (_active is null)
            {
                if (_source is null) return null;
                var iterable = _source.Next();
                if (iterable is null) { _source = null; return null; }
                _active = iterable.Iter();
            }
            var item = _active.Next();
            if (item is not null) return item;
            _active = null;
        }
    }
}

/// <summary>compress(data, selectors).</summary>
public sealed class PyCompress : PyIteratorBase
{
    private static readonly string[] s_names = ["data", "selectors"];
    public static readonly PyType TypeObject = ItertoolsModule.MakeType("compress", typeof(PyCompress), static (t, a, k) =>
    {
        var b = ArgParser.Bind("compress", a, k, s_names, 2);
        return new PyCompress(b[0]!.Iter(), b[1]!.Iter());
    });

    private readonly PyObject _data, _selectors;
    private PyCompress(PyObject data, PyObject selectors) { _data = data; _selectors = selectors; }
    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        while (true)
        {
            var d = _data.Next();
            if (d is null) return null;
            var s = _selectors.Next();
            if (s is null) return null;
            if (Ops.IsTrue(s)) return d;
        }
    }
}

/// <summary>dropwhile(predicate, iterable).</summary>
public sealed class PyDropWhile : PyIteratorBase
{
    public static readonly PyType TypeObject = ItertoolsModule.MakeType("dropwhile", typeof(PyDropWhile), static (t, a, k) =>
    {
        ItertoolsModule.Positional("dropwhile", a, k, 2, 2);
        return new PyDropWhile(a[0], a[1].Iter());
    });

    private readonly PyObject _pred, _it;
    private bool _start;
    private PyDropWhile(PyObject pred, PyObject it) { _pred = pred; _it = it; }
    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        while (true)
        {
            var item = _it.Next();
            if (item is null) return null;
            if (_start) return item;
            if (!Ops.IsTrue(_pred.Call([item], null))) { _start = true; return item; }
        }
    }
}

/// <summary>takewhile(predicate, iterable).</summary>
public sealed class PyTakeWhile : PyIteratorBase
{
    public static readonly PyType TypeObject = ItertoolsModule.MakeType("takewhile", typeof(PyTakeWhile), static (t, a, k) =>
    {
        ItertoolsModule.Positional("takewhile", a, k, 2, 2);
        return new PyTakeWhile(a[0], a[1].Iter());
    });

    private readonly PyObject _pred, _it;
    private bool _stop;
    private PyTakeWhile(PyObject pred, PyObject it) { _pred = pred; _it = it; }
    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        if (_stop) return null;
        var item = _it.Next();
        if (item is null) return null;
        if (Ops.IsTrue(_pred.Call([item], null))) return item;
        _stop = true;
        return null;
    }
}

/// <summary>filterfalse(function or None, iterable).</summary>
public sealed class PyFilterFalse : PyIteratorBase
{
    public static readonly PyType TypeObject = ItertoolsModule.MakeType("filterfalse", typeof(PyFilterFalse), static (t, a, k) =>
    {
        ItertoolsModule.Positional("filterfalse", a, k, 2, 2);
        return new PyFilterFalse(a[0] is PyNone ? null : a[0], a[1].Iter());
    });

    private readonly PyObject? _func;
    private readonly PyObject _it;
    private PyFilterFalse(PyObject? func, PyObject it) { _func = func; _it = it; }
    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        while (true)
        {
            var item = _it.Next();
            if (item is null) return null;
            bool ok = _func is null ? Ops.IsTrue(item) : Ops.IsTrue(_func.Call([item], null));
            if (!ok) return item;
        }
    }
}

/// <summary>islice(iterable, stop) / islice(iterable, start, stop[, step]).</summary>
public sealed class PyISlice : PyIteratorBase
{
    public static readonly PyType TypeObject = ItertoolsModule.MakeType("islice", typeof(PyISlice), static (t, a, k) =>
    {
        ItertoolsModule.Positional("islice", a, k, 2, 4);
        long start = 0, stop = -1, step = 1;
        const string stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        if (a.Length == 2)
        {
            if (a[1] is not PyNone) stop = Arg(a[1], stopMsg);
        }
        else
        {
            if (a[2] is not PyNone) stop = Arg(a[2], stopMsg);
            if (a[1] is not PyNone) start = Arg(a[1], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            if (a.Length == 4 && a[3] is not PyNone)
            {
                var s = a[3].Index();
                step = s is not null && s.IsSmall ? s.Value : -1;
                if (step < 1) throw PyErr.ValueError("Step for islice() must be a positive integer or None.");
            }
        }
        return new PyISlice(a[0].Iter(), start, stop, step);
    });

    private static long Arg(PyObject o, string msg)
    {
        var i = o.Index();
        if (i is null || i.Sign < 0) throw PyErr.ValueError(msg);
        return i.IsSmall ? i.Value : long.MaxValue;
    }

    private PyObject? _it;
    private long _next, _cnt;
    private readonly long _stop, _step;

    private PyISlice(PyObject it, long start, long stop, long step) { _it = it; _next = start; _stop = stop; _step = step; }
    public override PyType Type => TypeObject;

    // CPython: islice_next
    public override PyObject? Next()
    {
        var it = _it;
        if (it is null) return null;
        while (_cnt < _next)
        {
            if (it.Next() is null) { _it = null; return null; }
            _cnt++;
        }
        if (_stop != -1 && _cnt >= _stop) { _it = null; return null; }
        var item = it.Next();
        if (item is null) { _it = null; return null; }
        _cnt++;
        long old = _next;
        _next += _step;
        if (_next < old || (_stop != -1 && _next > _stop)) _next = _stop;
        return item;
    }
}

/// <summary>pairwise(iterable): (a, b), (b, c), ...</summary>
public sealed class PyPairwise : PyIteratorBase
{
    public static readonly PyType TypeObject = ItertoolsModule.MakeType("pairwise", typeof(PyPairwise), static (t, a, k) =>
    {
        ItertoolsModule.Positional("pairwise", a, k, 1, 1);
        return new PyPairwise(a[0].Iter());
    });

    private PyObject? _it;
    private PyObject? _old;
    private PyPairwise(PyObject it) { _it = it; }
    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        if (_it is null) return null;
        if (_old is null)
        {
            _old = _it.Next();
            if (_old is null) { _it = null; return null; }
        }
        var n = _it.Next();
        if (n is null) { _it = null; _old = null; return null; }
        var r = new PyTuple([_old, n]);
        _old = n;
        return r;
    }
}

/// <summary>starmap(function, iterable): function(*item).</summary>
public sealed class PyStarMap : PyIteratorBase
{
    public static readonly PyType TypeObject = ItertoolsModule.MakeType("starmap", typeof(PyStarMap), static (t, a, k) =>
    {
        ItertoolsModule.Positional("starmap", a, k, 2, 2);
        return new PyStarMap(a[0], a[1].Iter());
    });

    private readonly PyObject _func, _it;
    private PyStarMap(PyObject func, PyObject it) { _func = func; _it = it; }
    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        var args = _it.Next();
        if (args is null) return null;
        var t = args is PyTuple tt ? tt : Ops.ToTuple(args);
        return _func.Call(t.Items, null);
    }
}

/// <summary>zip_longest(*iterables, fillvalue=None).</summary>
public sealed class PyZipLongest : PyIteratorBase
{
    public static readonly PyType TypeObject = ItertoolsModule.MakeType("zip_longest", typeof(PyZipLongest), static (t, a, k) =>
    {
        int nkw = k?.Count ?? 0;
        PyObject fill = Py.None;
        for (int i = 0; i < nkw; i++)
        {
            if (((PyStr)k![i]).Value != "fillvalue") throw PyErr.TypeError("zip_longest() got an unexpected keyword argument");
            fill = a[a.Length - nkw + i];
        }
        var its = new PyObject?[a.Length - nkw];
        for (int i = 0; i < its.Length; i++) its[i] = a[i].Iter();
        return new PyZipLongest(its, fill);
    });

    private readonly PyObject?[] _its;
    private readonly PyObject _fill;
    private int _active;

    private PyZipLongest(PyObject?[] its, PyObject fill) { _its = its; _fill = fill; _active = its.Length; }
    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        if (_its.Length == 0 || _active == 0) return null;
        var result = new PyObject[_its.Length];
        for (int i = 0; i < _its.Length; i++)
        {
            var it = _its[i];
            PyObject? item = null;
            if (it is not null)
            {
                item = it.Next();
                if (item is null)
                {
                    _active--;
                    if (_active == 0) return null;
                    _its[i] = null;
                }
            }
            result[i] = item ?? _fill;
        }
        return new PyTuple(result);
    }
}
