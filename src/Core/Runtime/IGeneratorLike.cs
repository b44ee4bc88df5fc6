// What Core needs to know of generator objects (which live in the Generators project, registered
// through Interpreter.GeneratorFactory): SEND and `yield from` drive them without a .NET exception
// for the StopIteration that ends them, and builtins like next() reach their return value.
namespace GilRuntime.Core.Runtime;

using GilRuntime.Core.Objects;

/// <summary>PyIter_Send's result kinds (CPython's PySendResult, less PYGEN_ERROR, which is a thrown PyException).</summary>
public enum SendResult
{
    /// <summary>The generator yielded; the value is the yielded one.</summary>
    Next,
    /// <summary>The generator returned (is now exhausted); the value is its return value.</summary>
    Return,
}

/// <summary>Generators and coroutines: objects with CPython's am_send.</summary>
public interface IGeneratorLike
{
    /// <summary>gen.send(arg) without the StopIteration: errors are thrown as PyException.</summary>
    SendResult Send(PyObject arg, out PyObject result);

    /// <summary>True for coroutine objects (which `yield from` in a plain generator refuses).</summary>
    bool IsCoroutine { get; }

    /// <summary>True when next() may drive it (generators, coroutine_wrapper), false for coroutines and async generators.</summary>
    bool IsIterator { get; }

    /// <summary>A generator whose code has CO_ITERABLE_COROUTINE (types.coroutine): `await` accepts it as it is.</summary>
    bool IsIterableCoroutine { get; }

    /// <summary>_PyGen_yf: the object a paused `yield from`/await delegates to, or null.</summary>
    PyObject? YieldFromTarget();
}
