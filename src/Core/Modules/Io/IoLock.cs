// The lock of an io object whose system calls run without the GIL (CPython: the `lock` of buffered
// objects, ENTER_BUFFERED). While one thread is inside the object's write or read with the GIL
// released, another thread holding the GIL could enter the same .NET writer or reader and corrupt its
// buffer; the lock keeps them out. A thread that finds it taken waits with the GIL released (the owner
// needs the GIL to finish), as _enter_buffered_busy does.
//
// The wait is a raw Monitor wait: the lock is only ever contended while its owner is inside real I/O,
// which is uncontrolled under the controlled scheduler anyway.
namespace GilRuntime.Core.Modules.Io;

using System.Runtime.CompilerServices;
using GilRuntime.Core.Runtime;

public static class IoLock
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Enter(object gate)
    {
        if (!Monitor.TryEnter(gate)) EnterSlow(gate);
    }

    public static void Exit(object gate) => Monitor.Exit(gate);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void EnterSlow(object gate)
    {
        var released = AllowThreads.Begin();
        Monitor.Enter(gate);
        try
        {
            released.Dispose();
        }
        catch
        {
            Monitor.Exit(gate);
            throw;
        }
    }
}
