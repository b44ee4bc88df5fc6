// The operator module (CPython's Modules/_operator.c): every operator as a function over the abstract
// protocol in Ops, the dunder aliases (operator.__add__ is operator.add), and the itemgetter,
// attrgetter and methodcaller callables with their reprs.
namespace GilRuntime.Core.Modules;

using System.Text;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class OperatorModule
{
    private static readonly (string Name, BinaryOp Op)[] s_binary =
    [
        ("add", BinaryOp.Add), ("sub", BinaryOp.Subtract), ("mul", BinaryOp.Multiply), ("truediv", BinaryOp.TrueDivide),
        ("floordiv", BinaryOp.FloorDivide), ("mod", BinaryOp.Remainder), ("pow", BinaryOp.Power), ("lshift", BinaryOp.LShift),
        ("rshift", BinaryOp.RShift), ("and_", BinaryOp.And), ("or_", BinaryOp.Or), ("xor", BinaryOp.Xor), ("matmul", BinaryOp.MatrixMultiply),
    ];

    private static readonly (string Name, CompareOp Op)[] s_compare =
    [
        ("lt", CompareOp.Lt), ("le", CompareOp.Le), ("eq", CompareOp.Eq), ("ne", CompareOp.Ne), ("gt", CompareOp.Gt), ("ge", CompareOp.Ge),
    ];

    public static PyModule Create(string name = "operator")
    {
        var m = new PyModule(name);
        foreach (var (fname, op) in s_binary)
        {
            var o = op;
            var n = fname;
            Add(m, fname, (a, k) => { ArgParser.Exactly(n, a, k, 2); return Ops.BinaryOp(a[0], a[1], o); });
            Add(m, "i" + fname.TrimEnd('_'), (a, k) => { ArgParser.Exactly("i" + n.TrimEnd('_'), a, k, 2); return Ops.InplaceOp(a[0], a[1], o); });
        }
        foreach (var (fname, op) in s_compare)
        {
            var o = op;
            var n = fname;
            Add(m, fname, (a, k) => { ArgParser.Exactly(n, a, k, 2); return Ops.RichCompare(a[0], a[1], o); });
        }
        Add(m, "neg", static (a, k) => One("neg", a, k).Negative());
        Add(m, "pos", static (a, k) => One("pos", a, k).Positive());
        Add(m, "abs", static (a, k) => One("abs", a, k).Absolute());
        Add(m, "invert", static (a, k) => One("invert", a, k).Invert());
        Add(m, "inv", static (a, k) => One("inv", a, k).Invert());
        Add(m, "not_", static (a, k) => Py.Bool(!Ops.IsTrue(One("not_", a, k))));
        Add(m, "truth", static (a, k) => Py.Bool(Ops.IsTrue(One("truth", a, k))));
        Add(m, "index", static (a, k) => Ops.Index(One("index", a, k)));
        Add(m, "is_", static (a, k) => { ArgParser.Exactly("is_", a, k, 2); return Py.Bool(ReferenceEquals(a[0], a[1])); });
        Add(m, "is_not", static (a, k) => { ArgParser.Exactly("is_not", a, k, 2); return Py.Bool(!ReferenceEquals(a[0], a[1])); });
        Add(m, "contains", static (a, k) => { ArgParser.Exactly("contains", a, k, 2); return Py.Bool(a[0].Contains(a[1])); });
        Add(m, "getitem", static (a, k) => { ArgParser.Exactly("getitem", a, k, 2); return a[0].GetItem(a[1]); });
        Add(m, "setitem", static (a, k) => { ArgParser.Exactly("setitem", a, k, 3); a[0].SetItem(a[1], a[2]); return Py.None; });
        Add(m, "delitem", static (a, k) => { ArgParser.Exactly("delitem", a, k, 2); a[0].DelItem(a[1]); return Py.None; });
        Add(m, "concat", static (a, k) =>
        {
            ArgParser.Exactly("concat", a, k, 2);
            CheckSequence(a[0]);
            return Ops.BinaryOp(a[0], a[1], BinaryOp.Add);
        });
        Add(m, "iconcat", static (a, k) =>
        {
            ArgParser.Exactly("iconcat", a, k, 2);
            CheckSequence(a[0]);
            return Ops.InplaceOp(a[0], a[1], BinaryOp.Add);
        });
        Add(m, "countOf", static (a, k) =>
        {
            ArgParser.Exactly("countOf", a, k, 2);
            long n = 0;
            var it = a[0].Iter();
            for (var x = it.Next(); x is not null; x = it.Next())
                if (Ops.Eq(x, a[1])) n++;
            return PyInt.From(n);
        });
        Add(m, "indexOf", static (a, k) =>
        {
            ArgParser.Exactly("indexOf", a, k, 2);
            long i = 0;
            var it = a[0].Iter();
            for (var x = it.Next(); x is not null; x = it.Next(), i++)
                if (Ops.Eq(x, a[1])) return PyInt.From(i);
            throw PyErr.ValueError("sequence.index(x): x not in sequence");
        });
        Add(m, "length_hint", static (a, k) =>
        {
            ArgParser.Range("length_hint", a, k, 1, 2);
            PyObject dflt = a.Length > 1 ? a[1] : PyInt.From(0);
            if (dflt is not PyInt di || !ReferenceEquals(dflt.Type, PyInt.TypeObject))
                throw PyErr.TypeError($"'{dflt.Type.Name}' object cannot be interpreted as an integer");
            return PyInt.From(LengthHint(a[0], di.IsSmall ? di.Value : long.MaxValue));
        });
        Add(m, "call", static (a, k) =>
        {
            int npos = a.Length - (k?.Count ?? 0);
            if (npos < 1) throw PyErr.TypeError($"call expected at least 1 argument, got {npos}");
            return a[0].Call(a[1..], k);
        });
        m.Add("itemgetter", PyItemGetter.TypeObject);
        m.Add("attrgetter", PyAttrGetter.TypeObject);
        m.Add("methodcaller", PyMethodCaller.TypeObject);

        // The dunder aliases operator.py defines after importing _operator.
        var names = new List<string>();
        foreach (var kv in m.Dict.Items())
        {
            var key = ((PyStr)kv.Key).Value;
            if (key.StartsWith('_') || kv.Value is not PyBuiltinFunction) continue;
            names.Add(key);
        }
        foreach (var key in names)
        {
            if (key is "countOf" or "indexOf" or "is_" or "is_not" or "length_hint" or "truth" or "call") continue;
            m.Add("__" + key.TrimEnd('_') + "__", m.Dict.GetItem(PyStr.From(key)));
        }
        return m;
    }

    private static void Add(PyModule m, string name, BuiltinFn fn) => m.AddFunction(name, fn);

    private static PyObject One(string name, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        ArgParser.NoKeywords(name, k);
        if (a.Length != 1) throw PyErr.TypeError($"_operator.{name}() takes exactly one argument ({a.Length} given)");
        return a[0];
    }

    /// <summary>PySequence_Check: indexable by position and not a dict.</summary>
    private static void CheckSequence(PyObject o)
    {
        bool seq = o is PyList or PyTuple or PyStr or PyBytes or PyByteArray or PyRange or PyDeque
            || (o is not PyDict && o.Type.LookupMro(PyStr.Intern("__getitem__")) is not null);
        if (!seq) throw PyErr.TypeError($"'{o.Type.Name}' object can't be concatenated");
    }

    /// <summary>PyObject_LengthHint: len(), else __length_hint__(), else the default.</summary>
    public static long LengthHint(PyObject o, long dflt)
    {
        if (o.HasLength) return o.Length();
        var hint = Ops.LookupAttr(o, "__length_hint__");
        if (hint is null) return dflt;
        var r = hint.Call([], null);
        if (ReferenceEquals(r, Py.NotImplemented)) return dflt;
        if (r is not PyInt ri) throw PyErr.TypeError($"__length_hint__ must be an integer, not {r.Type.Name}");
        if (ri.Sign < 0) throw PyErr.ValueError("__length_hint__() should return >= 0");
        return ri.IsSmall ? ri.Value : throw PyErr.OverflowError("cannot fit 'int' into an index-sized integer");
    }
}

/// <summary>operator.itemgetter(*items).</summary>
public sealed class PyItemGetter : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private static PyType MakeType()
    {
        var t = PyType.Builtin("itemgetter", typeof(PyItemGetter), null, static (type, a, k) =>
        {
            ArgParser.NoKeywords("itemgetter", k);
            if (a.Length < 1) throw PyErr.TypeError("itemgetter expected 1 argument, got 0");
            return new PyItemGetter(a.ToArray());
        });
        t.Module = "operator";
        return t;
    }

    private readonly PyObject[] _items;
    private PyItemGetter(PyObject[] items) { _items = items; }

    public override PyType Type => TypeObject;
    public override bool IsCallable => true;

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ArgParser.NoKeywords("itemgetter", kwnames);
        if (args.Length != 1) throw PyErr.TypeError($"itemgetter expected 1 argument, got {args.Length}");
        var obj = args[0];
        if (_items.Length == 1) return obj.GetItem(_items[0]);
        var r = new PyObject[_items.Length];
        for (int i = 0; i < r.Length; i++) r[i] = obj.GetItem(_items[i]);
        return new PyTuple(r);
    }

    public override string Repr()
    {
        if (!SeqUtil.ReprEnter(this)) return "operator.itemgetter(...)";
        try { return "operator.itemgetter" + SeqUtil.JoinReprs(_items, "(", ")"); }
        finally { SeqUtil.ReprLeave(this); }
    }
}

/// <summary>operator.attrgetter(*attrs), dotted names resolved one attribute at a time.</summary>
public sealed class PyAttrGetter : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private static PyType MakeType()
    {
        var t = PyType.Builtin("attrgetter", typeof(PyAttrGetter), null, static (type, a, k) =>
        {
            ArgParser.NoKeywords("attrgetter", k);
            if (a.Length < 1) throw PyErr.TypeError("attrgetter expected 1 argument, got 0");
            var names = new string[a.Length];
            var paths = new PyStr[a.Length][];
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] is not PyStr s) throw PyErr.TypeError("attribute name must be a string");
                names[i] = s.Value;
                var parts = s.Value.Split('.');
                paths[i] = new PyStr[parts.Length];
                for (int j = 0; j < parts.Length; j++) paths[i][j] = PyStr.Intern(parts[j]);
            }
            return new PyAttrGetter(names, paths);
        });
        t.Module = "operator";
        return t;
    }

    private readonly string[] _names;
    private readonly PyStr[][] _paths;
    private PyAttrGetter(string[] names, PyStr[][] paths) { _names = names; _paths = paths; }

    public override PyType Type => TypeObject;
    public override bool IsCallable => true;

    private static PyObject Resolve(PyObject obj, PyStr[] path)
    {
        foreach (var p in path) obj = Ops.GetAttr(obj, p);
        return obj;
    }

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ArgParser.NoKeywords("attrgetter", kwnames);
        if (args.Length != 1) throw PyErr.TypeError($"attrgetter expected 1 argument, got {args.Length}");
        if (_paths.Length == 1) return Resolve(args[0], _paths[0]);
        var r = new PyObject[_paths.Length];
        for (int i = 0; i < r.Length; i++) r[i] = Resolve(args[0], _paths[i]);
        return new PyTuple(r);
    }

    public override string Repr()
    {
        var sb = new StringBuilder("operator.attrgetter(");
        for (int i = 0; i < _names.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(PyStr.ReprOf(_names[i]));
        }
        return sb.Append(')').ToString();
    }
}

/// <summary>operator.methodcaller(name, /, *args, **kwargs).</summary>
public sealed class PyMethodCaller : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private static PyType MakeType()
    {
        var t = PyType.Builtin("methodcaller", typeof(PyMethodCaller), null, static (type, a, k) =>
        {
            int npos = a.Length - (k?.Count ?? 0);
            if (npos < 1) throw PyErr.TypeError("methodcaller needs at least one argument, the method name");
            if (a[0] is not PyStr name) throw PyErr.TypeError("method name must be a string");
            return new PyMethodCaller(PyStr.Intern(name.Value), a[1..].ToArray(), k);
        });
        t.Module = "operator";
        return t;
    }

    private readonly PyStr _name;
    private readonly PyObject[] _args;   // positional arguments, then the keyword values
    private readonly PyTuple? _kwnames;

    private PyMethodCaller(PyStr name, PyObject[] args, PyTuple? kwnames) { _name = name; _args = args; _kwnames = kwnames; }

    public override PyType Type => TypeObject;
    public override bool IsCallable => true;

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ArgParser.NoKeywords("methodcaller", kwnames);
        if (args.Length != 1) throw PyErr.TypeError($"methodcaller expected 1 argument, got {args.Length}");
        return Ops.GetAttr(args[0], _name).Call(_args, _kwnames);
    }

    public override string Repr()
    {
        if (!SeqUtil.ReprEnter(this)) return "operator.methodcaller(...)";
        try
        {
            var sb = new StringBuilder("operator.methodcaller(").Append(_name.Repr());
            int nkw = _kwnames?.Count ?? 0, npos = _args.Length - nkw;
            for (int i = 0; i < npos; i++) sb.Append(", ").Append(Ops.Repr(_args[i]));
            for (int i = 0; i < nkw; i++) sb.Append(", ").Append(((PyStr)_kwnames![i]).Value).Append('=').Append(Ops.Repr(_args[npos + i]));
            return sb.Append(')').ToString();
        }
        finally { SeqUtil.ReprLeave(this); }
    }
}
