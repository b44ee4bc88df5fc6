// _functools (CPython's Modules/_functoolsmodule.c): reduce, partial and cmp_to_key, re-exported by
// the Python-written src/Lib/functools.py.
namespace GilRuntime.Core.Modules;

using System.Text;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class FunctoolsModule
{
    public static PyModule Create(string name)
    {
        var m = new PyModule(name);
        m.AddFunction("reduce", Reduce);
        m.Add("partial", PyPartial.TypeObject);
        m.AddFunction("cmp_to_key", static (a, k) =>
        {
            var b = ArgParser.Bind("cmp_to_key", a, k, s_cmpNames, 1);
            return new PyKeyWrapper(b[0]!, null);
        });
        m.Add("KeyWrapper", PyKeyWrapper.TypeObject);
        return m;
    }

    private static readonly string[] s_cmpNames = ["mycmp"];

    // CPython: functools_reduce
    private static PyObject Reduce(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        ArgParser.NoKeywords("reduce", k);
        if (a.Length < 2) throw PyErr.TypeError($"reduce expected at least 2 arguments, got {a.Length}");
        if (a.Length > 3) throw PyErr.TypeError($"reduce expected at most 3 arguments, got {a.Length}");
        var func = a[0];
        PyObject it;
        try { it = a[1].Iter(); }
        catch (PyException e) when (e.Value.Type.IsSubtype(ExceptionTypes.TypeError))
        {
            throw PyErr.TypeError("reduce() arg 2 must support iteration");
        }
        PyObject? result = a.Length == 3 ? a[2] : null;
        var pair = new PyObject[2];
        for (var x = it.Next(); x is not null; x = it.Next())
        {
            if (result is null) { result = x; continue; }
            pair[0] = result;
            pair[1] = x;
            result = func.Call(pair, null);
            // the callee may keep its argument array; use a fresh one next time
            pair = new PyObject[2];
        }
        return result ?? throw PyErr.TypeError("reduce() of empty iterable with no initial value");
    }
}

/// <summary>functools.partial(func, /, *args, **keywords).</summary>
public class PyPartial : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private static PyType CreateType()
    {
        var t = PyType.Builtin("partial", typeof(PyPartial), null, static (type, a, k) => Build(type, a, k));
        t.SubtypeNew = static (type, a, k) => Build(type, a, k);
        t.Dict.SetItem(PyStr.Intern("__new__"), new GilRuntime.Core.Objects.Classes.PyBuiltinNew(t));
        t.Module = "functools";
        t.Dict.SetItem(PyStr.Intern("func"), new PyGetSetDescriptor(t, "func", static o => ((PyPartial)o).Func));
        t.Dict.SetItem(PyStr.Intern("args"), new PyGetSetDescriptor(t, "args", static o => ((PyPartial)o).Args));
        t.Dict.SetItem(PyStr.Intern("keywords"), new PyGetSetDescriptor(t, "keywords", static o => ((PyPartial)o).Keywords));
        t.Dict.SetItem(PyStr.Intern("__dict__"), new PyGetSetDescriptor(t, "__dict__", static o => ((PyPartial)o)._dict ??= new PyDict()));
        t.AddMethod("__repr__", static (s, a, k) => PyStr.From(s.Repr()));
        return t;
    }

    // CPython: partial_new
    private static PyPartial Build(PyType type, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        int nkw = k?.Count ?? 0, npos = a.Length - nkw;
        if (npos < 1) throw PyErr.TypeError("type 'partial' takes at least one argument");
        var func = a[0];
        var args = new List<PyObject>();
        var kw = new PyDict();
        // A partial without instance attributes is flattened into the new one.
        if (func is PyPartial inner && inner._dict is null
            && (inner is not GilRuntime.Core.Objects.Classes.IHeapInstance h || h.InstanceDict is null))
        {
            args.AddRange(inner.Args.Items);
            foreach (var kv in inner.Keywords.Items()) kw.SetItem(kv.Key, kv.Value);
            func = inner.Func;
        }
        else if (!func.IsCallable) throw PyErr.TypeError("the first argument must be callable");
        for (int i = 1; i < npos; i++) args.Add(a[i]);
        for (int i = 0; i < nkw; i++) kw.SetItem(k![i], a[npos + i]);
        var argTuple = new PyTuple(args.ToArray());
        return ReferenceEquals(type, TypeObject)
            ? new PyPartial(func, argTuple, kw)
            : new GilRuntime.Core.Objects.Classes.PyPartialSub(type, func, argTuple, kw);
    }

    public PyObject Func { get; }
    public PyTuple Args { get; }
    public PyDict Keywords { get; }
    private PyDict? _dict;

    public PyPartial(PyObject func, PyTuple args, PyDict keywords) { Func = func; Args = args; Keywords = keywords; }

    public override PyType Type => TypeObject;
    public override bool IsCallable => true;

    public override PyObject? LookupAttr(PyStr name)
    {
        var r = base.LookupAttr(name);
        if (r is not null) return r;
        return _dict is not null && _dict.TryGetValue(name, out var v) ? v : null;
    }

    public override string MissingAttributeMessage(string name) => $"'functools.partial' object has no attribute '{name}'";

    public override void SetAttr(PyStr name, PyObject? value)
    {
        if (Type.LookupMro(name) is { IsDataDescriptor: true }) { base.SetAttr(name, value); return; }
        _dict ??= new PyDict();
        if (value is null)
        {
            if (!_dict.Remove(name)) throw PyErr.AttributeError($"'functools.partial' object has no attribute '{name.Value}'");
        }
        else _dict.SetItem(name, value);
    }

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0, npos = args.Length - nkw;
        var pre = Args.Items;
        if (Keywords.Count == 0)
        {
            if (pre.Length == 0) return Func.Call(args, kwnames);
            var all = new PyObject[pre.Length + args.Length];
            pre.CopyTo(all, 0);
            args.CopyTo(all.AsSpan(pre.Length));
            return Func.Call(all, kwnames);
        }
        // keywords = {**self.keywords, **call_keywords}, in that order
        var merged = new PyDict();
        foreach (var kv in Keywords.Items()) merged.SetItem(kv.Key, kv.Value);
        for (int i = 0; i < nkw; i++) merged.SetItem(kwnames![i], args[npos + i]);
        var names = new PyObject[merged.Count];
        var callArgs = new PyObject[pre.Length + npos + merged.Count];
        pre.CopyTo(callArgs, 0);
        args[..npos].CopyTo(callArgs.AsSpan(pre.Length));
        int j = 0;
        foreach (var kv in merged.Items())
        {
            if (kv.Key is not PyStr) throw PyErr.TypeError("keywords must be strings");
            names[j] = kv.Key;
            callArgs[pre.Length + npos + j] = kv.Value;
            j++;
        }
        return Func.Call(callArgs, new PyTuple(names));
    }

    public override string Repr()
    {
        string name = ReferenceEquals(Type, TypeObject) ? "functools.partial" : Type.QualName;
        if (!SeqUtil.ReprEnter(this)) return "...";
        try
        {
            var sb = new StringBuilder(name).Append('(').Append(Ops.Repr(Func));
            foreach (var a in Args.Items) sb.Append(", ").Append(Ops.Repr(a));
            foreach (var kv in Keywords.Items()) sb.Append(", ").Append(Ops.Str(kv.Key)).Append('=').Append(Ops.Repr(kv.Value));
            return sb.Append(')').ToString();
        }
        finally { SeqUtil.ReprLeave(this); }
    }
}

/// <summary>cmp_to_key's functools.KeyWrapper: compares by calling mycmp(a, b) and comparing with 0.</summary>
public sealed class PyKeyWrapper : PyObject
{
    public static readonly PyType TypeObject = CreateType();
    private static readonly string[] s_objNames = ["obj"];

    private static PyType CreateType()
    {
        var t = PyType.Builtin("KeyWrapper", typeof(PyKeyWrapper));
        t.Module = "functools";
        t.Dict.SetItem(PyStr.Intern("obj"), new PyGetSetDescriptor(t, "obj",
            static o => ((PyKeyWrapper)o)._obj ?? throw PyErr.AttributeError("obj"),
            static (o, v) => ((PyKeyWrapper)o)._obj = v));
        t.Dict.SetItem(PyStr.Intern("__hash__"), Py.None);
        SeqUtil.RegisterOperatorDunders(t, false, [], []);
        return t;
    }

    private readonly PyObject _cmp;
    private PyObject? _obj;

    public PyKeyWrapper(PyObject cmp, PyObject? obj) { _cmp = cmp; _obj = obj; }

    public override PyType Type => TypeObject;
    public override bool IsCallable => true;
    public override long Hash() => throw PyErr.TypeError("unhashable type: 'functools.KeyWrapper'");

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var b = ArgParser.Bind("K", args, kwnames, s_objNames, 1);
        return new PyKeyWrapper(_cmp, b[0]);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyKeyWrapper o) throw PyErr.TypeError("other argument must be K instance");
        if (_obj is null || o._obj is null) throw PyErr.AttributeError("object");
        var res = _cmp.Call([_obj, o._obj], null);
        return Ops.RichCompare(res, PyInt.From(0), op);
    }
}
