// CPython's Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS as a using-block: every call that may block
// (sleep, a lock that must wait, a join, socket and file I/O) runs inside one, so other threads can take
// the GIL meanwhile. Code inside must not touch Python objects: this thread no longer owns the GIL.
//
//     using (AllowThreads.Begin()) { n = socket.Receive(buffer); }
namespace GilRuntime.Core.Runtime;

public readonly struct AllowThreads : IDisposable
{
    private readonly ThreadState? _ts;

    private AllowThreads(ThreadState? ts) => _ts = ts;

    public static AllowThreads Begin()
    {
        var ts = ThreadState.CurrentOrNull;
        ts?.ReleaseGil();
        return new AllowThreads(ts);
    }

    public void Dispose() => _ts?.AcquireGil();
}
