// _thread._local (threading.local; CPython's localobject): attributes live in one dict per thread.
// A thread that touches the object for the first time gets a fresh dict and, for a subclass with its
// own __init__, that __init__ is called again with the arguments the object was created with.
// The dicts are keyed weakly by ThreadState, so a thread's values go away with its state.
namespace GilRuntime.Core.Modules.Threads;

using System.Runtime.CompilerServices;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public class PyThreadLocal : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly ConditionalWeakTable<ThreadState, PyDict> _dicts = new();
    private PyObject[] _initArgs = [];
    private PyTuple? _initKwnames;

    public PyThreadLocal() { }

    public override PyType Type => TypeObject;

    private static PyType CreateType()
    {
        var t = PyType.Builtin("_local", typeof(PyThreadLocal), null, static (type, a, k) =>
        {
            CheckArgs(type, a, k);
            var local = new PyThreadLocal();
            local.LocalDict(); // the creating thread's dict, made without re-running __init__
            return local;
        });
        t.Module = "_thread";
        t.Doc = "Thread-local data";
        t.Dict.SetItem(PyStr.Intern("__doc__"), PyStr.From(t.Doc));
        t.SubtypeNew = static (type, a, k) =>
        {
            CheckArgs(type, a, k);
            var local = new Objects.Classes.PyThreadLocalSub(type);
            local.SaveInitArgs(a, k);
            local.LocalDict();
            return local;
        };
        t.Dict.SetItem(PyStr.Intern("__new__"), new Objects.Classes.PyBuiltinNew(t));
        return t;
    }

    /// <summary>local_new: arguments only make sense for a subclass that defines __init__.</summary>
    private static void CheckArgs(PyType type, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        if (a.Length == 0) return;
        var init = type.LookupMro(PyStr.Intern("__init__"));
        var objectInit = PyType.ObjectType.Dict.GetItem(PyStr.Intern("__init__"));
        if (init is null || ReferenceEquals(init, objectInit))
            throw PyErr.TypeError("Initialization arguments are not supported");
    }

    private void SaveInitArgs(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        _initArgs = a.ToArray();
        _initKwnames = k;
    }

    /// <summary>The calling thread's dict (_ldict), made (and __init__ re-run) on the thread's first access.</summary>
    public PyDict LocalDict()
    {
        var ts = ThreadState.Current;
        if (_dicts.TryGetValue(ts, out var d)) return d;
        d = new PyDict();
        _dicts.Add(ts, d);
        if (_initialized)
        {
            var init = Type.LookupMro(PyStr.Intern("__init__"));
            var objectInit = PyType.ObjectType.Dict.GetItem(PyStr.Intern("__init__"));
            if (init is not null && !ReferenceEquals(init, objectInit))
            {
                try
                {
                    var bound = init.IsDescriptor ? init.DescrGet(this, Type) : init;
                    bound.Call(_initArgs, _initKwnames);
                }
                catch (PyException)
                {
                    _dicts.Remove(ts);
                    throw;
                }
            }
        }
        else
        {
            // The creating thread: its dict exists before the normal construction calls __init__.
            _initialized = true;
        }
        return d;
    }

    private bool _initialized;

    public override PyObject? LookupAttr(PyStr name)
    {
        var dict = LocalDict();
        if (name.Value == "__dict__") return dict;
        var typeAttr = Type.LookupMro(name);
        if (typeAttr is not null && typeAttr.IsDataDescriptor) return typeAttr.DescrGet(this, Type);
        if (dict.TryGetValue(name, out var v)) return v;
        if (typeAttr is not null) return typeAttr.IsDescriptor ? typeAttr.DescrGet(this, Type) : typeAttr;
        return null;
    }

    public override void SetAttr(PyStr name, PyObject? value)
    {
        var dict = LocalDict();
        if (name.Value == "__dict__")
            throw PyErr.AttributeError($"'{Type.Module}.{Type.Name}' object attribute '__dict__' is read-only");
        var typeAttr = Type.LookupMro(name);
        if (typeAttr is not null && typeAttr.IsDataDescriptor)
        {
            typeAttr.DescrSet(this, value);
            return;
        }
        if (value is not null)
        {
            dict.SetItem(name, value);
            return;
        }
        if (!dict.TryGetValue(name, out _))
            throw PyErr.AttributeError($"'{Type.Module}.{Type.Name}' object has no attribute '{name.Value}'");
        dict.DelItem(name);
    }
}
