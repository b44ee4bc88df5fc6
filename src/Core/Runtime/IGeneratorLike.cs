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
}
