// The lazily made .NET-finalizable sentinel of a generator, coroutine or async generator that needs
// finalization (CPython's _PyGen_Finalize, run by refcounting when the last reference goes). Only
// objects with something to do get one: a frame suspended inside a try/with (its finally/__exit__
// must run), a coroutine never started (the "never awaited" warning), an async generator with a
// sys.set_asyncgen_hooks finalizer. The sentinel is referenced by its owner alone, so both become
// unreachable together; its .NET finalizer then resurrects the owner into the interpreter's
// PendingFinalization queue, drained by a thread holding the GIL (see Core/Runtime/PendingFinalization.cs).
namespace GilRuntime.Generators;

using GilRuntime.Core.Runtime;

internal sealed class GenFinalizer
{
    private readonly PyGenBase _owner;
    private readonly PendingFinalization _queue;

    internal GenFinalizer(PyGenBase owner, PendingFinalization queue)
    {
        _owner = owner;
        _queue = queue;
        queue.NoteSentinel();
    }

    ~GenFinalizer() => _queue.Enqueue(_owner);
}
