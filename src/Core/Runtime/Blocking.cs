// The blocking calls of the runtime (CPython's acquire_timed and pysleep): they release the GIL around
// the wait, wait only on the scheduler's primitives, and on the main thread can be cut short by a
// signal, whose handler then runs after the GIL is back (Ctrl-C raises KeyboardInterrupt there). A
// handler that returns normally lets the wait go on with what is left of its timeout.
namespace GilRuntime.Core.Runtime;

using GilRuntime.Threading.Sync;

public static class Blocking
{
    /// <summary>
    /// Acquires <paramref name="lk"/>: at once if it is free (no GIL release), else waits with the GIL
    /// released, up to <paramref name="timeoutNanoseconds"/> (negative: forever; 0: do not wait).
    /// Returns false on timeout; raises what a signal handler raises.
    /// </summary>
    public static bool AcquireLock(SchedLock lk, long timeoutNanoseconds)
    {
        if (lk.TryAcquire()) return true;
        if (timeoutNanoseconds == 0) return false;
        var ts = ThreadState.CurrentOrNull;
        if (ts is null) return lk.Acquire(timeoutNanoseconds) == WaitResult.Acquired;
        var interp = ts.Interpreter;
        var sched = interp.Scheduler;
        long deadline = timeoutNanoseconds > 0 ? sched.MonotonicNanoseconds + timeoutNanoseconds : 0;
        long remaining = timeoutNanoseconds;
        while (true)
        {
            WaitResult r;
            if (ts.IsMain)
            {
                ts.CurrentWait = lk;
                using (AllowThreads.Begin()) r = lk.Acquire(remaining, interp.SignalPending);
                ts.CurrentWait = null;
            }
            else
            {
                using (AllowThreads.Begin()) r = lk.Acquire(remaining);
            }
            if (r == WaitResult.Acquired) return true;
            if (r == WaitResult.TimedOut) return false;
            interp.HandleSignals(ts);
            if (timeoutNanoseconds > 0)
            {
                remaining = deadline - sched.MonotonicNanoseconds;
                if (remaining <= 0) return lk.TryAcquire();
            }
        }
    }

    /// <summary>
    /// time.sleep: the GIL is released for the whole sleep, sleep(0) included (the thread gives up the
    /// processor once). The main thread sleeps interruptibly.
    /// </summary>
    public static void Sleep(long nanoseconds)
    {
        var ts = ThreadState.CurrentOrNull;
        if (ts is null)
        {
            Threading.Scheduling.OsScheduler.Instance.Sleep(nanoseconds);
            return;
        }
        var interp = ts.Interpreter;
        var sched = interp.Scheduler;
        if (!ts.IsMain || nanoseconds <= 0)
        {
            using (AllowThreads.Begin()) sched.Sleep(nanoseconds);
            return;
        }
        long deadline = sched.MonotonicNanoseconds + nanoseconds;
        var parker = ts.Parker;
        while (true)
        {
            ts.CurrentWait = parker;
            WaitResult r;
            using (AllowThreads.Begin()) r = parker.SleepUntil(deadline, interp.SignalPending);
            ts.CurrentWait = null;
            if (r != WaitResult.Interrupted) return;
            interp.HandleSignals(ts);
        }
    }
}
