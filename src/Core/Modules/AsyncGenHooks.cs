// sys.set_asyncgen_hooks / sys.get_asyncgen_hooks (per thread, as in CPython) and the builtins
// aiter() / anext() with anext's default-value awaitable (Objects/iterobject.c's anext_awaitable).
namespace GilRuntime.Core.Modules;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

internal static class AsyncGenHooks
{
    private static readonly PyType s_hooksType = PyStructSeq.MakeType("asyncgen_hooks");
    private static readonly string[] s_hookNames = ["firstiter", "finalizer"];

    internal static void RegisterSys(PyModule m)
    {
        m.AddFunction("get_asyncgen_hooks", static (a, k) =>
        {
            ArgParser.Exactly("get_asyncgen_hooks", a, k, 0);
            var ts = ThreadState.Current;
            return new PyStructSeq(s_hooksType, s_hookNames,
                [ts.AsyncGenFirstIter ?? Py.None, ts.AsyncGenFinalizer ?? Py.None]);
        });
        m.AddFunction("set_asyncgen_hooks", static (a, k) =>
        {
            int nkw = k?.Count ?? 0;
            if (a.Length - nkw > 2) throw PyErr.TypeError($"function takes at most 2 arguments ({a.Length - nkw} given)");
            for (int i = 0; i < nkw; i++)
            {
                var key = ((PyStr)k![i]).Value;
                if (key != "firstiter" && key != "finalizer")
                    throw PyErr.TypeError($"'{key}' is an invalid keyword argument for this function");
            }
            var bound = FuncArgs.Bind("set_asyncgen_hooks", a, k, s_hookNames, 2, 0);
            var firstIter = bound[0];
            var finalizer = bound[1];
            // CPython checks the finalizer first; an argument left out keeps its hook, None clears it.
            if (finalizer is not null && finalizer is not PyNone && !finalizer.IsCallable)
                throw PyErr.TypeError($"callable finalizer expected, got {finalizer.Type.Name}");
            if (firstIter is not null && firstIter is not PyNone && !firstIter.IsCallable)
                throw PyErr.TypeError($"callable firstiter expected, got {firstIter.Type.Name}");
            var ts = ThreadState.Current;
            if (finalizer is not null) ts.AsyncGenFinalizer = finalizer is PyNone ? null : finalizer;
            if (firstIter is not null) ts.AsyncGenFirstIter = firstIter is PyNone ? null : firstIter;
            return Py.None;
        });
    }

    internal static void RegisterBuiltins(PyModule m)
    {
        m.AddFunction("aiter", static (a, k) =>
        {
            ArgParser.Exactly("aiter", a, k, 1);
            var o = a[0];
            var getter = Awaitables.LookupSpecial(o, "__aiter__")
                ?? throw PyErr.TypeError($"'{o.Type.Name}' object is not an async iterable");
            var it = getter.Call([], null);
            if (it.Type.LookupMro(PyStr.Intern("__anext__")) is null)
                throw PyErr.TypeError($"aiter() returned not an async iterator of type '{it.Type.Name}'");
            return it;
        });
        m.AddFunction("anext", static (a, k) =>
        {
            ArgParser.NoKeywords("anext", k);
            if (a.Length < 1 || a.Length > 2)
                throw PyErr.TypeError(a.Length < 1 ? $"anext expected at least 1 argument, got {a.Length}"
                    : $"anext expected at most 2 arguments, got {a.Length}");
            var o = a[0];
            var getter = Awaitables.LookupSpecial(o, "__anext__")
                ?? throw PyErr.TypeError($"'{o.Type.Name}' object is not an async iterator");
            var awaitable = getter.Call([], null);
            return a.Length == 1 ? awaitable : new PyANextAwaitable(awaitable, a[1]);
        });
    }
}

/// <summary>anext(it, default)'s awaitable: awaits it.__anext__() and turns StopAsyncIteration into the default as the result.</summary>
public sealed class PyANextAwaitable : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("anext_awaitable", typeof(PyANextAwaitable));

    private readonly PyObject _wrapped;
    private readonly PyObject _default;

    static PyANextAwaitable()
    {
        var t = TypeObject;
        t.AddMethod("__await__", static (self, a, k) => { ArgParser.Exactly("__await__", a, k, 0); return self; });
        t.AddMethod("__iter__", static (self, a, k) => { ArgParser.Exactly("__iter__", a, k, 0); return self; });
        t.AddMethod("__next__", static (self, a, k) =>
        {
            ArgParser.Exactly("__next__", a, k, 0);
            return self.Next() ?? throw PyErr.StopIteration();
        });
        t.AddMethod("send", static (self, a, k) =>
        {
            ArgParser.Exactly("anext_awaitable.send", a, k, 1);
            return ((PyANextAwaitable)self).Proxy("send", a);
        });
        t.AddMethod("throw", static (self, a, k) =>
        {
            ArgParser.NoKeywords("throw", k);
            if (a.Length < 1 || a.Length > 3)
                throw PyErr.TypeError(a.Length < 1 ? $"throw expected at least 1 argument, got {a.Length}"
                    : $"throw expected at most 3 arguments, got {a.Length}");
            return ((PyANextAwaitable)self).Proxy("throw", a);
        });
        t.AddMethod("close", static (self, a, k) =>
        {
            ArgParser.Exactly("anext_awaitable.close", a, k, 0);
            return ((PyANextAwaitable)self).Proxy("close", a);
        });
    }

    public PyANextAwaitable(PyObject wrapped, PyObject defaultValue)
    {
        _wrapped = wrapped;
        _default = defaultValue;
    }

    public override PyType Type => TypeObject;

    public override PyObject Iter() => this;

    /// <summary>anextawaitable_getiter: the wrapped awaitable's iterator (a coroutine through its __await__).</summary>
    private PyObject GetIter()
    {
        var awaitable = Awaitables.GetAwaitableIter(_wrapped);
        if (awaitable is IGeneratorLike { IsCoroutine: true })
        {
            var getter = Awaitables.LookupSpecial(awaitable, "__await__")!;
            awaitable = getter.Call([], null);
            if (!Objects.Classes.SlotCalls.IsIterator(awaitable)) throw PyErr.TypeError("__await__ returned a non-iterable");
        }
        return awaitable;
    }

    public override PyObject? Next()
    {
        var it = GetIter();
        try
        {
            if (it is IGeneratorLike g)
            {
                if (g.Send(Py.None, out var r) == SendResult.Next) return r;
                throw PyErr.StopIteration(r);
            }
            return it.Next();
        }
        catch (PyException e) when (e.Value.Type.IsSubtype(ExceptionTypes.StopAsyncIteration))
        {
            throw PyErr.StopIteration(_default);
        }
    }

    private PyObject Proxy(string method, ReadOnlySpan<PyObject> args)
    {
        var it = GetIter();
        try
        {
            return Ops.GetAttr(it, PyStr.Intern(method)).Call(args, null);
        }
        catch (PyException e) when (e.Value.Type.IsSubtype(ExceptionTypes.StopAsyncIteration))
        {
            throw PyErr.StopIteration(_default);
        }
    }
}
