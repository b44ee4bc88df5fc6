// _thread.lock (CPython's Modules/_threadmodule.c lockobject): a binary lock without an owner, over a
// SchedLock. An acquire that must wait releases the GIL and, on the main thread, is interrupted by
// Ctrl-C (KeyboardInterrupt is raised once the GIL is back).
namespace GilRuntime.Core.Modules.Threads;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;
using GilRuntime.Threading.Sync;

public sealed class PyLock : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private static readonly string[] s_acquireNames = ["blocking", "timeout"];

    public SchedLock Lock { get; }

    public PyLock(SchedLock lk) => Lock = lk;

    public override PyType Type => TypeObject;

    public override string Repr() =>
        $"<{(Lock.IsLocked ? "locked" : "unlocked")} _thread.lock object at {Ops.IdHex(this)}>";

    private static PyType CreateType()
    {
        var t = PyType.Builtin("lock", typeof(PyLock), null,
            static (type, a, k) => throw PyErr.TypeError("cannot create '_thread.lock' instances"));
        t.Module = "_thread";
        t.IsBaseType = false;
        t.Doc = "A lock object is a synchronization primitive.  To create a lock,\ncall threading.Lock().  Methods are:\n\nacquire() -- lock the lock, possibly blocking until it can be obtained\nrelease() -- unlock of the lock\nlocked() -- test whether the lock is currently locked\n\nA lock is not owned by the thread that locked it; another thread may\nunlock it.  A thread attempting to lock a lock that it has already locked\nwill block until another thread unlocks it.  Deadlocks may ensue.";
        t.Dict.SetItem(PyStr.Intern("__doc__"), PyStr.From(t.Doc));
        MethodFn acquire = static (s, a, k) => Py.Bool(((PyLock)s).Acquire(a, k, "acquire"));
        static MethodFn Release(string name) => (s, a, k) =>
        {
            ArgParser.Exactly(name, a, k, 0);
            ((PyLock)s).Release();
            return Py.None;
        };
        static MethodFn Locked(string name) => (s, a, k) =>
        {
            ArgParser.Exactly(name, a, k, 0);
            return Py.Bool(((PyLock)s).Lock.IsLocked);
        };
        t.AddMethod("acquire", acquire);
        t.AddMethod("acquire_lock", static (s, a, k) => Py.Bool(((PyLock)s).Acquire(a, k, "acquire_lock")));
        t.AddMethod("__enter__", static (s, a, k) => Py.Bool(((PyLock)s).Acquire(a, k, "__enter__")));
        t.AddMethod("release", Release("lock.release"));
        t.AddMethod("release_lock", Release("lock.release_lock"));
        t.AddMethod("__exit__", static (s, a, k) =>
        {
            ((PyLock)s).Release();
            return Py.None;
        });
        t.AddMethod("locked", Locked("lock.locked"));
        t.AddMethod("locked_lock", Locked("lock.locked_lock"));
        t.AddMethod("_at_fork_reinit", static (s, a, k) =>
        {
            ArgParser.Exactly("lock._at_fork_reinit", a, k, 0);
            var lk = ((PyLock)s).Lock;
            if (lk.IsLocked) lk.Release();
            return Py.None;
        });
        return t;
    }

    private bool Acquire(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string fname)
    {
        long timeout = ParseAcquireArgs(fname, args, kwnames);
        return Blocking.AcquireLock(Lock, timeout);
    }

    public void Release()
    {
        if (!Lock.Release()) throw PyErr.RuntimeError("release unlocked lock");
    }

    /// <summary>
    /// lock_acquire_parse_args: (blocking=True, timeout=-1) → a timeout in nanoseconds, negative for
    /// "no limit", 0 for a non-blocking attempt; CPython's errors for the bad combinations.
    /// </summary>
    internal static long ParseAcquireArgs(string fname, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var b = ArgParser.Bind(fname, args, kwnames, s_acquireNames, 0);
        bool blocking = true;
        if (b[0] is { } bo)
        {
            if (bo is not PyInt bi) throw PyErr.TypeError($"'{bo.Type.Name}' object cannot be interpreted as an integer");
            blocking = Ops.IsTrue(bi);
        }
        long timeoutNs = -1_000_000_000;
        if (b[1] is { } to) timeoutNs = ThreadModule.SecondsToNanoseconds(to);
        if (!blocking && timeoutNs != -1_000_000_000)
            throw PyErr.ValueError("can't specify a timeout for a non-blocking call");
        if (timeoutNs < 0 && timeoutNs != -1_000_000_000)
            throw PyErr.ValueError("timeout value must be positive");
        if (!blocking) return 0;
        if (timeoutNs == -1_000_000_000) return -1;
        if (timeoutNs > ThreadModule.TimeoutMaxNanoseconds)
            throw PyErr.OverflowError("timeout value is too large");
        return timeoutNs;
    }
}
