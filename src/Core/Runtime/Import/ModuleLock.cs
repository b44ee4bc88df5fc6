// The per-module import lock (importlib._bootstrap's _ModuleLock): a thread that imports a module while
// another thread is still executing that module's body waits until it is done instead of seeing a
// half-initialised module. The lock is reentrant for its owner, so a circular import within one thread
// still gets the partial module, as it always did. When waiting would close a cycle of threads each
// waiting for a module another one is initialising, the waiter gives up (CPython's _DeadlockError) and,
// as in CPython, takes the partially initialised module instead of hanging.
//
// All bookkeeping runs with the GIL held, which is why no inner mutex guards it; only the wait itself
// releases the GIL, on a scheduler lock, so the controlled scheduler sees it.
namespace GilRuntime.Core.Runtime.Import;

using GilRuntime.Core.Objects;
using GilRuntime.Threading.Sync;

internal sealed class ModuleLock
{
    private readonly string _name;
    private readonly SchedLock _wakeup;
    private ThreadState? _owner;
    private int _count;
    private int _waiters;

    public ModuleLock(string name, Interpreter interp)
    {
        _name = name;
        _wakeup = new SchedLock(interp.Scheduler);
    }

    /// <summary>Takes the lock; false (without taking it) when waiting would deadlock.</summary>
    public bool Acquire(ThreadState ts, Dictionary<ThreadState, ModuleLock> blockingOn)
    {
        blockingOn[ts] = this;
        try
        {
            while (true)
            {
                if (_count == 0 || ReferenceEquals(_owner, ts))
                {
                    _owner = ts;
                    _count++;
                    return true;
                }
                if (HasDeadlock(ts, blockingOn)) return false;
                // The wake-up lock is held while anybody waits; the release that frees the module lock
                // frees it, and every waiter passes through it and competes again.
                if (_wakeup.TryAcquire()) _waiters++;
                using (AllowThreads.Begin())
                {
                    _wakeup.Acquire(-1);
                    _wakeup.Release();
                }
            }
        }
        finally
        {
            blockingOn.Remove(ts);
        }
    }

    public void Release(ThreadState ts)
    {
        if (!ReferenceEquals(_owner, ts)) throw PyErr.RuntimeError("cannot release un-acquired lock");
        if (--_count > 0) return;
        _owner = null;
        if (_waiters > 0)
        {
            _waiters--;
            _wakeup.Release();
        }
    }

    // Follows "the owner of the lock I want is waiting for a lock owned by ..." until it ends or comes
    // back to the caller.
    private bool HasDeadlock(ThreadState me, Dictionary<ThreadState, ModuleLock> blockingOn)
    {
        var seen = new HashSet<ThreadState>(ReferenceEqualityComparer.Instance);
        var owner = _owner;
        while (owner is not null)
        {
            if (ReferenceEquals(owner, me)) return true;
            if (!seen.Add(owner)) return false;
            if (!blockingOn.TryGetValue(owner, out var next)) return false;
            owner = next._owner;
        }
        return false;
    }

    public override string ToString() => $"_ModuleLock('{_name}')";
}
