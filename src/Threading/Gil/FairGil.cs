// gilrun's "fair" GIL: CPython's throughput for CPU-bound threads without the convoy effect (bpo-7946).
//
// Under CPython's policy a thread returning from a blocking call that finds the GIL held waits a whole
// switch interval before it may even ask for the GIL back, so every blocking call made next to a
// CPU-bound thread costs an interval (gil.md §3, §5c). This policy changes three things:
//  1. A forced release (answering a drop request) and a thread's exit hand the GIL to the next waiter
//     directly (under the mutex), so the releaser cannot win it straight back and needs no
//     FORCE_SWITCHING wait, and a waiter that wakes late still gets what it was promised. A voluntary
//     release (a blocking call) only frees the GIL and wakes the first waiter, as CPython's does: a very
//     short blocking call (a syscall that returns in a microsecond) may then take the GIL straight back
//     before the woken waiter runs, which keeps such I/O loops as fast as under CPython.
//  2. Two FIFO queues, served in order of arrival (each waiter's ticket is its place in its queue):
//     "returning" waiters, whose last release was voluntary (a blocking call) after a slice shorter than
//     the interval, are served before "CPU" waiters.
//  3. A returning waiter asks for a drop at once (FairBoostMicroseconds = 0, the default; a positive
//     value makes it wait that long first, capped by the interval) instead of after a whole interval,
//     and spins briefly for its grant before sleeping. CPU waiters keep CPython's timed waits of one
//     interval, so CPU-bound threads still get interval-long slices and round-robin among themselves.
// The boost cannot starve CPU threads: it is earned only by a slice shorter than the interval that ended
// in a blocking call, so a thread that computes for a whole interval loses it, and each boosted hand-off
// lasts only as long as the returning thread keeps the GIL before its next blocking call.
//
// Fields (see GilBase for _locked/_waiters and the fast path): the queues and the waiters' Granted flags
// are guarded by Mutex; each waiter waits on its own condition (bound to Mutex), so a grant wakes exactly
// the thread it names.
namespace GilRuntime.Threading.Gil;

using GilRuntime.Threading.Scheduling;

public sealed class FairGil : GilBase
{
    private sealed class Waiter
    {
        public Waiter(GilThread thread, ISchedCondition cond)
        {
            Thread = thread;
            Cond = cond;
        }

        public readonly GilThread Thread;
        public readonly ISchedCondition Cond;
        public Waiter? Next;
        public bool Granted;
        /// <summary>Whether the grant changed the holder (set by the granter under Mutex).</summary>
        public bool Switched;
    }

    private readonly long _boostMicroseconds;

    /// <summary>Spin rounds (8 pauses each, roughly 20-50 µs in all) a returning waiter spends on its grant.</summary>
    private const int SpinRounds = 64;
    private Waiter? _returningHead, _returningTail;
    private Waiter? _cpuHead, _cpuTail;

    public FairGil(GilOptions options, IScheduler scheduler, EvalBreaker breaker)
        : base(options, scheduler, breaker)
    {
        _boostMicroseconds = Math.Max(0, options.FairBoostMicroseconds);
    }

    public override string PolicyName => "fair";

    public override void Take(GilThread thread)
    {
        if (Fast && Volatile.Read(ref _waiters) == 0 && TryLock())
        {
            long now = Now();
            var rec = Rec(thread);
            Volatile.Write(ref _holder, thread);
            bool switched = !ReferenceEquals(_lastHolder, thread);
            if (switched)
            {
                Volatile.Write(ref _lastHolder, thread);
                Interlocked.Increment(ref _switchNumber);
            }
            ClearRequest();
            rec.Acquired(now, timedOut: false, switched);
            return;
        }
        TakeSlow(thread);
    }

    private void TakeSlow(GilThread thread)
    {
        var rec = Rec(thread);
        long start = Now();
        bool timedOut = false, switched;
        Mutex.Enter();
        if (Fast) Interlocked.Increment(ref _waiters);
        // The GIL is free only between a voluntary release and its first waiter waking up: like
        // CPython, whoever gets here first takes it (see the note on voluntary releases above).
        if (TryLock())
        {
            Volatile.Write(ref _holder, thread);
            switched = !ReferenceEquals(_lastHolder, thread);
            if (switched)
            {
                Volatile.Write(ref _lastHolder, thread);
                Interlocked.Increment(ref _switchNumber);
            }
            ClearRequest();
        }
        else
        {
            var me = rec.PolicyData as Waiter ?? (Waiter)(rec.PolicyData = new Waiter(thread, Scheduler.CreateCondition(Mutex)));
            bool returning = rec.HasDropped && rec.LastDrop == GilDropKind.Voluntary
                && rec.LastSliceTicks < IntervalTicks;
            me.Granted = false;
            Enqueue(me, returning);
            rec.BeginWait(start);
            if (returning && _boostMicroseconds == 0 && Volatile.Read(ref _locked) != 0)
            {
                // Ask at once, then spin briefly: the holder answers at its next poll (microseconds),
                // and catching the grant spinning saves a sleep and a wake-up (ms under load).
                RequestDrop(rec);
                timedOut = true;
                if (Fast)
                {
                    Mutex.Exit();
                    for (int i = 0; i < SpinRounds && !Volatile.Read(ref me.Granted); i++) Thread.SpinWait(8);
                    Mutex.Enter();
                }
            }
            while (!me.Granted)
            {
                // A release that raced our enqueue left the GIL free: grant it to the head (maybe us).
                if (Volatile.Read(ref _locked) == 0)
                {
                    GrantNext();
                    if (me.Granted) break;
                }
                long saved = Volatile.Read(ref _switchNumber);
                long waitNs = returning && !timedOut
                    ? Math.Min(Math.Max(_boostMicroseconds, 1) * 1000, IntervalWaitNs) : IntervalWaitNs;
                bool signalled = me.Cond.Wait(waitNs);
                if (me.Granted) break;
                if (!signalled && Volatile.Read(ref _locked) != 0 && Volatile.Read(ref _switchNumber) == saved)
                {
                    RequestDrop(rec);
                    timedOut = true;
                }
            }
            switched = me.Switched;
        }
        if (Fast) Interlocked.Decrement(ref _waiters);
        Mutex.Exit();
        rec.Acquired(Now(), timedOut, switched);
    }

    private void Enqueue(Waiter w, bool returning)
    {
        w.Next = null;
        if (returning)
        {
            if (_returningTail is null) _returningHead = w; else _returningTail.Next = w;
            _returningTail = w;
        }
        else
        {
            if (_cpuTail is null) _cpuHead = w; else _cpuTail.Next = w;
            _cpuTail = w;
        }
    }

    /// <summary>Under Mutex: wakes the first in line without granting (after a voluntary release).</summary>
    private void WakeNext() => (_returningHead ?? _cpuHead)?.Cond.Signal();

    /// <summary>Under Mutex: if the GIL is free and someone waits, give it to the first in line.</summary>
    private void GrantNext()
    {
        Waiter? next = _returningHead ?? _cpuHead;
        if (next is null || !TryLock()) return;
        if (ReferenceEquals(next, _returningHead))
        {
            _returningHead = next.Next;
            if (_returningHead is null) _returningTail = null;
        }
        else
        {
            _cpuHead = next.Next;
            if (_cpuHead is null) _cpuTail = null;
        }
        next.Next = null;
        Volatile.Write(ref next.Granted, true);   // read unlocked by a spinning waiter
        var t = next.Thread;
        Volatile.Write(ref _holder, t);
        bool switched = !ReferenceEquals(_lastHolder, t);
        if (switched)
        {
            Volatile.Write(ref _lastHolder, t);
            Interlocked.Increment(ref _switchNumber);
        }
        next.Switched = switched;
        ClearRequest();
        next.Cond.Signal();
    }

    public override void Drop(GilThread thread, GilDropKind kind)
    {
        var rec = Rec(thread);
        long now = Now();
        rec.Released(now, kind, PendingRequestLatency(now));
        Volatile.Write(ref _lastHolder, thread);
        Volatile.Write(ref _holder, null);
        if (Fast)
        {
            Interlocked.Exchange(ref _locked, 0);
            if (Volatile.Read(ref _waiters) == 0) return;
            Mutex.Enter();
        }
        else
        {
            Mutex.Enter();
            Volatile.Write(ref _locked, 0);
        }
        if (kind == GilDropKind.Voluntary) WakeNext();
        else GrantNext();
        Mutex.Exit();
    }

    public override void OnBreakerPoll(GilThread thread)
    {
        if (!Breaker.Has(EvalBreakerBits.GilDropRequest)) return;
        Drop(thread, GilDropKind.Forced);
        Take(thread);
    }
}
