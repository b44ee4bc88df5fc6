// builtins.__build_class__(func, name, *bases, metaclass=..., **kwds): what a class statement runs
// (CPython's builtin___build_class__): resolve __mro_entries__, pick the metaclass, ask it to
// __prepare__ the namespace, run the class body in that namespace, call the metaclass, and fill the
// __class__ cell the body's methods close over.
namespace GilRuntime.Core.Objects.Classes;

using GilRuntime.Core.Runtime;

internal static class BuildClass
{
    private static readonly PyStr s_metaclass = PyStr.Intern("metaclass");
    private static readonly PyStr s_prepare = PyStr.Intern("__prepare__");
    private static readonly PyStr s_mroEntries = PyStr.Intern("__mro_entries__");
    private static readonly PyStr s_origBases = PyStr.Intern("__orig_bases__");

    public static PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos < 2) throw PyErr.TypeError("__build_class__: not enough arguments");
        if (args[0] is not PyFunction func) throw PyErr.TypeError("__build_class__: func must be a function");
        if (args[1] is not PyStr name) throw PyErr.TypeError("__build_class__: name is not a string");

        var origBases = new PyTuple(args[2..npos].ToArray());
        var bases = UpdateBases(origBases);

        PyObject? meta = null;
        var kwKeys = new List<PyObject>();
        var kwValues = new List<PyObject>();
        for (int i = 0; i < nkw; i++)
        {
            var key = kwnames![i];
            if (key is PyStr ks && ks.Value == "metaclass") meta = args[npos + i];
            else { kwKeys.Add(key); kwValues.Add(args[npos + i]); }
        }
        bool isClass;
        if (meta is null)
        {
            meta = bases.Count == 0 ? PyType.TypeType : bases[0].Type;
            isClass = true;
        }
        else isClass = meta is PyType;
        if (isClass) meta = TypeFactory.CalculateMetaclass((PyType)meta, bases);

        PyTuple? kw = kwKeys.Count == 0 ? null : new PyTuple([.. kwKeys]);
        var prepareArgs = new PyObject[2 + kwValues.Count];
        prepareArgs[0] = name;
        prepareArgs[1] = bases;
        kwValues.CopyTo(prepareArgs, 2);

        PyObject ns;
        var prepare = meta.LookupAttr(s_prepare);
        if (prepare is null) ns = new PyDict();
        else
        {
            ns = prepare.Call(prepareArgs, kw);
            if (ns is not PyDict)
            {
                var metaName = meta is PyType mt ? mt.Name : "<metaclass>";
                if (ns.Type.LookupMro(PyStr.Intern("__getitem__")) is null)
                    throw PyErr.TypeError($"{metaName}.__prepare__() must return a mapping, not {ns.Type.Name}");
                throw PyErr.TypeError($"{metaName}.__prepare__() must return a dict (gilrun limitation), not {ns.Type.Name}");
            }
        }
        var nsDict = (PyDict)ns;

        var ts = ThreadState.Current;
        var frame = new Frame(func.Code, func.Globals, func.Builtins, nsDict) { Function = func };
        var cell = EvalLoop.Run(ts, frame);

        if (!ReferenceEquals(bases, origBases)) nsDict.SetItem(s_origBases, origBases);
        var callArgs = new PyObject[3 + kwValues.Count];
        callArgs[0] = name;
        callArgs[1] = bases;
        callArgs[2] = nsDict;
        kwValues.CopyTo(callArgs, 3);
        var cls = meta.Call(callArgs, kw);
        if (cls is PyType && cell is PyCell c)
        {
            if (!ReferenceEquals(c.Value, cls))
            {
                if (c.Value is null)
                    throw PyErr.RuntimeError($"__class__ not set defining {Ops.Repr(name)} as {Ops.Repr(cls)}. Was __classcell__ propagated to type.__new__?");
                throw PyErr.TypeError($"__class__ set to {Ops.Repr(c.Value)} defining {Ops.Repr(name)} as {Ops.Repr(cls)}");
            }
        }
        return cls;
    }

    /// <summary>update_bases: a non-class base may supply its replacement via __mro_entries__ (PEP 560).</summary>
    private static PyTuple UpdateBases(PyTuple bases)
    {
        List<PyObject>? updated = null;
        for (int i = 0; i < bases.Count; i++)
        {
            var b = bases[i];
            if (b is PyType)
            {
                updated?.Add(b);
                continue;
            }
            var entries = b.LookupAttr(s_mroEntries);
            if (entries is null)
            {
                updated?.Add(b);
                continue;
            }
            var r = entries.Call([bases], null);
            if (r is not PyTuple rt) throw PyErr.TypeError("__mro_entries__ must return a tuple");
            if (updated is null)
            {
                updated = new List<PyObject>();
                for (int j = 0; j < i; j++) updated.Add(bases[j]);
            }
            updated.AddRange(rt.Items);
        }
        return updated is null ? bases : new PyTuple([.. updated]);
    }
}
