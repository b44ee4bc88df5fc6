// A binary lock with timed, interruptible acquires, built only on the scheduler's mutex and condition
// (so the controlled scheduler sees every wait). It backs _thread.LockType and _thread.RLock. Like
// CPython's PyThread_type_lock it has no owner: any thread may release it.
//
// A release signals one waiter. The woken waiter re-checks the lock, so a thread that barges in
// between release and wake-up simply wins (CPython's locks are not fair either) and the waiter waits
// again; its release will signal again, so no wake-up is lost.
namespace GilRuntime.Threading.Sync;

using GilRuntime.Threading.Scheduling;

public sealed class SchedLock : IInterruptibleWait
{
    private readonly IScheduler _scheduler;
    private readonly ISchedMutex _mutex;
    private readonly ISchedCondition _cond;
    private bool _locked;
    private int _waiters;

    public SchedLock(IScheduler scheduler)
    {
        _scheduler = scheduler;
        _mutex = scheduler.CreateMutex();
        _cond = scheduler.CreateCondition(_mutex);
    }

    public bool IsLocked => Volatile.Read(ref _locked);

    /// <summary>Takes the lock if it is free, without blocking.</summary>
    public bool TryAcquire()
    {
        _mutex.Enter();
        bool ok = !_locked;
        if (ok) _locked = true;
        _mutex.Exit();
        return ok;
    }

    /// <summary>
    /// Blocks until the lock is taken, <paramref name="timeoutNanoseconds"/> passed (negative: no
    /// limit), or <paramref name="interrupted"/> returns true while the lock is still held by another.
    /// The caller has released the GIL. No try/finally around the mutex: a cancelled controlled run
    /// throws out of the primitives and must not be sent back into them.
    /// </summary>
    public WaitResult Acquire(long timeoutNanoseconds, Func<bool>? interrupted = null)
    {
        _mutex.Enter();
        if (!_locked)
        {
            _locked = true;
            _mutex.Exit();
            return WaitResult.Acquired;
        }
        if (timeoutNanoseconds == 0)
        {
            _mutex.Exit();
            return WaitResult.TimedOut;
        }
        long deadline = timeoutNanoseconds > 0 ? _scheduler.MonotonicNanoseconds + timeoutNanoseconds : long.MaxValue;
        _waiters++;
        while (_locked)
        {
            if (interrupted is not null && interrupted())
            {
                _waiters--;
                _mutex.Exit();
                return WaitResult.Interrupted;
            }
            long wait = -1;
            if (timeoutNanoseconds > 0)
            {
                wait = deadline - _scheduler.MonotonicNanoseconds;
                if (wait <= 0)
                {
                    _waiters--;
                    _mutex.Exit();
                    return WaitResult.TimedOut;
                }
            }
            _cond.Wait(wait);
        }
        _waiters--;
        _locked = true;
        _mutex.Exit();
        return WaitResult.Acquired;
    }

    /// <summary>Releases the lock; false when it was not locked (the caller raises).</summary>
    public bool Release()
    {
        _mutex.Enter();
        if (!_locked)
        {
            _mutex.Exit();
            return false;
        }
        _locked = false;
        if (_waiters > 0) _cond.Signal();
        _mutex.Exit();
        return true;
    }

    public void Interrupt()
    {
        _mutex.Enter();
        _cond.Broadcast();
        _mutex.Exit();
    }
}
