// The await protocol as ceval.c and genobject.c define it (_PyCoro_GetAwaitableIter, the am_aiter /
// am_anext lookups of GET_AITER and GET_ANEXT): shared by the async opcodes and builtins.anext.
namespace GilRuntime.Core.Runtime;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Objects.Classes;

public static class Awaitables
{
    /// <summary>
    /// _PyCoro_GetAwaitableIter: a coroutine (or a types.coroutine generator) as it is, else the
    /// iterator its type's __await__ returns; TypeError for anything else.
    /// </summary>
    public static PyObject GetAwaitableIter(PyObject o)
    {
        if (o is IGeneratorLike g && (g.IsCoroutine || g.IsIterableCoroutine)) return o;
        var getter = LookupSpecial(o, "__await__")
            ?? throw PyErr.TypeError($"object {o.Type.Name} can't be used in 'await' expression");
        var res = getter.Call([], null);
        if (res is IGeneratorLike rg && (rg.IsCoroutine || rg.IsIterableCoroutine))
            throw PyErr.TypeError("__await__() returned a coroutine");
        if (!SlotCalls.IsIterator(res))
            throw PyErr.TypeError($"__await__() returned non-iterator of type '{res.Type.Name}'");
        return res;
    }

    /// <summary>Whether the type defines __await__ (CPython: tp_as_async->am_await is set).</summary>
    public static bool HasAwait(PyObject o) => o.Type.LookupMro(PyStr.Intern("__await__")) is not null;

    /// <summary>_PyObject_LookupSpecial: a dunder found on the type (not the instance), bound to the object.</summary>
    public static PyObject? LookupSpecial(PyObject obj, string name)
    {
        var attr = obj.Type.LookupMro(PyStr.Intern(name));
        if (attr is null) return null;
        return attr.IsDescriptor ? attr.DescrGet(obj, obj.Type) : attr;
    }

    /// <summary>_PyErr_FormatFromCause: a new exception whose __cause__ (and __context__) is <paramref name="cause"/>.</summary>
    public static PyException FromCause(PyException made, PyBaseException cause)
    {
        made.Value.Cause = cause;
        made.Value.Context = cause;
        made.Value.SuppressContext = true;
        return made;
    }
}

/// <summary>
/// ASYNC_GEN_WRAP's result (CPython's _PyAsyncGenWrappedValue): marks a value yielded by an async
/// generator's own `yield`, so its asend/athrow awaitables tell it from values its awaits pass up.
/// </summary>
public sealed class PyAsyncGenWrappedValue : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("async_generator_wrapped_value", typeof(PyAsyncGenWrappedValue));

    public readonly PyObject Value;

    public PyAsyncGenWrappedValue(PyObject value) => Value = value;

    public override PyType Type => TypeObject;
}
