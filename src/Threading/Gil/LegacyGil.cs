// The Python 2 GIL (gil.md §2): a plain lock. Every `CheckInterval` instructions (sys.setcheckinterval,
// default 100) the holder releases it and re-acquires it at once, with no hand-off: whoever the OS runs
// first wins, and on a multicore machine that is usually the releaser again ("the GIL battle"). Waiters
// block with no timeout; there are no drop requests and no FORCE_SWITCHING. The switch interval is kept
// (sys.getswitchinterval reads it back) but not used.
//
// How it meets the eval loop: the loop calls OnBreakerPoll only when the breaker's GilDropRequest bit is
// set, and keeps GilThread.Instructions current before calling. So this policy keeps that bit set for as
// long as a thread holds the GIL (set at every take, never cleared), and OnBreakerPoll decides by the
// instructions run since the thread's last take. The loop polls at RESUME, backward jumps and after
// calls, so a release happens at the first poll after CheckInterval instructions (Python 2 counted
// "ticks" of most instructions; the poll sites make ours a little coarser).
namespace GilRuntime.Threading.Gil;

using GilRuntime.Threading.Scheduling;

public sealed class LegacyGil : GilBase
{
    /// <summary>Python 2's lock: signalled on release; waiters block untimed.</summary>
    private readonly ISchedCondition _cond;

    public LegacyGil(GilOptions options, IScheduler scheduler, EvalBreaker breaker)
        : base(options, scheduler, breaker)
    {
        _cond = scheduler.CreateCondition(Mutex);
    }

    public override string PolicyName => "legacy";

    // Python 2: PyThread_acquire_lock(interpreter_lock, 1)
    public override void Take(GilThread thread)
    {
        GilThreadStats rec;
        bool switched;
        if (Fast && Volatile.Read(ref _waiters) == 0 && TryLock())
        {
            long now = Now();
            rec = Rec(thread);
            Volatile.Write(ref _holder, thread);
            switched = !ReferenceEquals(_lastHolder, thread);
            if (switched)
            {
                Volatile.Write(ref _lastHolder, thread);
                Interlocked.Increment(ref _switchNumber);
            }
            rec.Acquired(now, timedOut: false, switched);
        }
        else
        {
            rec = Rec(thread);
            long start = Now();
            Mutex.Enter();
            if (Fast) Interlocked.Increment(ref _waiters);
            if (!TryLock())
            {
                rec.BeginWait(start);
                do _cond.Wait(-1);
                while (!TryLock());
            }
            if (Fast) Interlocked.Decrement(ref _waiters);
            Volatile.Write(ref _holder, thread);
            switched = !ReferenceEquals(_lastHolder, thread);
            if (switched)
            {
                Volatile.Write(ref _lastHolder, thread);
                Interlocked.Increment(ref _switchNumber);
            }
            Mutex.Exit();
            rec.Acquired(Now(), timedOut: false, switched);
        }
        rec.TickBase = Volatile.Read(ref thread.Instructions);
        if (!Breaker.Has(EvalBreakerBits.GilDropRequest)) Breaker.Set(EvalBreakerBits.GilDropRequest);
    }

    // Python 2: PyThread_release_lock(interpreter_lock)
    public override void Drop(GilThread thread, GilDropKind kind)
    {
        var rec = Rec(thread);
        rec.Released(Now(), kind, requestLatencyNs: -1);
        Volatile.Write(ref _lastHolder, thread);
        Volatile.Write(ref _holder, null);
        Unlock(_cond);
    }

    // Python 2: the `--_Py_Ticker < 0` branch of PyEval_EvalFrameEx: release, then re-acquire at once.
    public override void OnBreakerPoll(GilThread thread)
    {
        var rec = Rec(thread);
        if (Volatile.Read(ref thread.Instructions) - rec.TickBase < CheckInterval) return;
        Drop(thread, GilDropKind.Forced);
        Take(thread);
    }
}
