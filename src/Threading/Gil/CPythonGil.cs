// CPython's "new GIL" (3.2-3.12, Python/ceval_gil.c; gil.md §1). A thread that finds the GIL held waits
// on `cond` in timed waits of one switch interval; only a wait that timed out with no change of holder
// in the meantime sets the drop request in the eval breaker. The holder sees the request at its next
// poll and drops the GIL; because a drop was requested, it then waits on `switch_cond` until some other
// thread has taken the GIL (FORCE_SWITCHING), so on a multicore machine it cannot win it straight back.
//
// As in 3.11's drop_gil, the FORCE_SWITCHING wait depends on the request being pending, not on why the
// thread drops: a blocking call made while a request is pending waits for the hand-off too, while one
// made with no request pending (the usual case) returns at once and may win the GIL straight back on
// its return, which is what produces the convoy effect. A thread's final release (GilDropKind.Exit)
// never waits (3.12, gh-104341; gil.md §7.7).
//
// Fields and the lock that protects them (see GilBase for the fast path's atomic words):
//   Mutex         the waiters' side of _locked and _waiters                (CPython: gil->mutex)
//   _cond         signalled on every release that has a waiter             (CPython: gil->cond)
//   _switchMutex  orders the hand-off: _lastHolder/_switchNumber changes   (CPython: gil->switch_mutex)
//   _switchCond   signalled when a new holder took the GIL                 (CPython: gil->switch_cond)
//   _switchWaiters  droppers inside the FORCE_SWITCHING wait (Dekker partner of _lastHolder for fast takes)
namespace GilRuntime.Threading.Gil;

using GilRuntime.Threading.Scheduling;

public sealed class CPythonGil : GilBase
{
    private readonly ISchedCondition _cond;
    private readonly ISchedMutex _switchMutex;
    private readonly ISchedCondition _switchCond;
    private int _switchWaiters;

    public CPythonGil(IScheduler scheduler, EvalBreaker breaker) : this(new GilOptions(), scheduler, breaker) { }

    public CPythonGil(GilOptions options, IScheduler scheduler, EvalBreaker breaker)
        : base(options, scheduler, breaker)
    {
        _cond = scheduler.CreateCondition(Mutex);
        _switchMutex = scheduler.CreateMutex();
        _switchCond = scheduler.CreateCondition(_switchMutex);
    }

    public override string PolicyName => "cpython";

    // CPython: take_gil
    public override void Take(GilThread thread)
    {
        if (Fast && Volatile.Read(ref _waiters) == 0 && TryLock())
        {
            long now = Now();
            var rec = Rec(thread);
            Volatile.Write(ref _holder, thread);
            bool switched = !ReferenceEquals(_lastHolder, thread);
            if (switched) SwitchedFast(thread);
            ClearRequest();
            rec.Acquired(now, timedOut: false, switched);
            return;
        }
        TakeSlow(thread);
    }

    private void SwitchedFast(GilThread thread)
    {
        Volatile.Write(ref _lastHolder, thread);
        Interlocked.Increment(ref _switchNumber);   // a full fence before reading _switchWaiters
        if (Volatile.Read(ref _switchWaiters) != 0)
        {
            _switchMutex.Enter();
            _switchCond.Broadcast();
            _switchMutex.Exit();
        }
    }

    private void TakeSlow(GilThread thread)
    {
        var rec = Rec(thread);
        long start = Now();
        bool timedOut = false;
        Mutex.Enter();
        if (Fast) Interlocked.Increment(ref _waiters);
        if (!TryLock())
        {
            rec.BeginWait(start);
            do
            {
                long saved = Volatile.Read(ref _switchNumber);
                bool signalled = _cond.Wait(IntervalWaitNs);
                // Only a full interval without any switch earns a drop request; losing the race after a
                // signal starts a new full wait.
                if (!signalled && Volatile.Read(ref _locked) != 0 && Volatile.Read(ref _switchNumber) == saved)
                {
                    RequestDrop(rec);
                    timedOut = true;
                }
            }
            while (!TryLock());
        }
        if (Fast) Interlocked.Decrement(ref _waiters);

        _switchMutex.Enter();
        Volatile.Write(ref _holder, thread);
        bool switched = !ReferenceEquals(_lastHolder, thread);
        if (switched)
        {
            Volatile.Write(ref _lastHolder, thread);
            Interlocked.Increment(ref _switchNumber);
        }
        _switchCond.Signal();
        _switchMutex.Exit();

        // The new holder owes nobody a drop: a request left over from the previous holder is void.
        ClearRequest();
        Mutex.Exit();
        rec.Acquired(Now(), timedOut, switched);
    }

    // CPython: drop_gil
    public override void Drop(GilThread thread, GilDropKind kind)
    {
        var rec = Rec(thread);
        long now = Now();
        rec.Released(now, kind, PendingRequestLatency(now));
        Volatile.Write(ref _lastHolder, thread);
        Volatile.Write(ref _holder, null);
        Unlock(_cond);

        if (kind != GilDropKind.Exit && Breaker.Has(EvalBreakerBits.GilDropRequest))
            ForceSwitch(thread, rec);
    }

    // CPython: the FORCE_SWITCHING block of drop_gil.
    private void ForceSwitch(GilThread thread, GilThreadStats rec)
    {
        _switchMutex.Enter();
        // Not switched yet: wait until another thread took the GIL.
        if (ReferenceEquals(Volatile.Read(ref _lastHolder), thread))
        {
            ClearRequest();
            long t0 = Now();
            if (Fast) Interlocked.Increment(ref _switchWaiters);
            while (ReferenceEquals(Volatile.Read(ref _lastHolder), thread))
                _switchCond.Wait(-1);
            if (Fast) Interlocked.Decrement(ref _switchWaiters);
            rec.ForceSwitchWaited(Now() - t0);
        }
        _switchMutex.Exit();
    }

    // CPython: the gil_drop_request branch of eval_frame_handle_pending.
    public override void OnBreakerPoll(GilThread thread)
    {
        if (!Breaker.Has(EvalBreakerBits.GilDropRequest)) return;
        Drop(thread, GilDropKind.Forced);
        Take(thread);
    }
}
