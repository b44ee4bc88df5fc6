// What every GIL policy shares: the state of CPython's _gil_runtime_state that all policies keep
// (locked, last_holder, switch_number, interval), the drop request in the eval breaker, the statistics
// and trace, and the word-level fast path.
//
// The fast path (only under a non-controlled scheduler): `_locked` is an atomic word (0 free, 1 held)
// and `_waiters` counts the threads inside a slow take. An uncontended take is one CAS of `_locked`
// made only when `_waiters` is 0; a drop is an interlocked exchange of `_locked` to 0 followed by a read
// of `_waiters`, and only if someone waits does it take the mutex to wake them. The ordering argument
// is Dekker's: a slow taker increments `_waiters` (a full fence) and then reads `_locked` (its CAS); a
// dropper writes `_locked` (a full fence) and then reads `_waiters`. So either the taker sees the GIL
// free and takes it, or the dropper sees the waiter and signals it; since the taker holds the mutex
// from its increment until its wait has queued it (the wait releases the mutex atomically), that signal
// cannot be lost. Under a controlled scheduler the fast path is off and every operation goes through
// the scheduler's mutex and conditions, so the systematic tests see (and permute) all of them.
namespace GilRuntime.Threading.Gil;

using System.Runtime.CompilerServices;
using GilRuntime.Threading.Scheduling;

public abstract class GilBase : IGil
{
    private protected readonly IScheduler Scheduler;
    private protected readonly EvalBreaker Breaker;
    /// <summary>CPython: gil->mutex; guards the slow paths' decisions and the waiters' conditions.</summary>
    private protected readonly ISchedMutex Mutex;
    /// <summary>True when the lock-free fast path may be used (OS scheduler and options allow it).</summary>
    private protected readonly bool Fast;
    private readonly GilStatistics _stats;
    private readonly GilClock _clock;

    /// <summary>CPython: gil->locked. 0 free, 1 held (or, for fair, granted to a waiter).</summary>
    private protected int _locked;
    /// <summary>Threads inside a slow take: the fast path's Dekker partner of _locked.</summary>
    private protected int _waiters;
    /// <summary>CPython: gil->last_holder; written by the holder only.</summary>
    private protected GilThread? _lastHolder;
    private protected GilThread? _holder;
    /// <summary>CPython: gil->switch_number; incremented by the new holder (or the granter) only.</summary>
    private protected long _switchNumber;
    /// <summary>When the pending drop request was issued (clock ticks), for the request-to-release latency; 0 = none.</summary>
    private protected long _requestedAtNs;
    private long _intervalMicroseconds;

    private protected GilBase(GilOptions options, IScheduler scheduler, EvalBreaker breaker)
    {
        Scheduler = scheduler;
        Breaker = breaker;
        Mutex = scheduler.CreateMutex();
        Fast = options.FastPath && !scheduler.IsControlled;
        _intervalMicroseconds = options.IntervalMicroseconds;
        CheckInterval = options.CheckInterval;
        Trace = options.RecordTrace ? new GilTrace(options.TraceCapacity) : null;
        _stats = new GilStatistics(this, scheduler, options.CheckInterval, Trace);
        _clock = _stats.Clock;
    }

    public abstract string PolicyName { get; }

    public long IntervalMicroseconds
    {
        get => Volatile.Read(ref _intervalMicroseconds);
        set => Volatile.Write(ref _intervalMicroseconds, value);
    }

    /// <summary>legacy's instructions between releases (reported by the other policies too).</summary>
    public int CheckInterval { get; }

    public long SwitchNumber => Volatile.Read(ref _switchNumber);

    public GilThread? Holder => Volatile.Read(ref _holder);

    public GilStatistics Statistics => _stats;

    public GilTrace? Trace { get; }

    public abstract void Take(GilThread thread);

    public abstract void Drop(GilThread thread, GilDropKind kind);

    public abstract void OnBreakerPoll(GilThread thread);

    /// <summary>The timed waits' length: the interval clamped to at least 1 µs, in nanoseconds.</summary>
    private protected long IntervalWaitNs => Math.Max(IntervalMicroseconds, 1) * 1000;

    /// <summary>The interval in clock ticks (slow paths only: the conversion reads two clocks).</summary>
    private protected long IntervalTicks => (long)(IntervalMicroseconds * 1000 / _clock.NanosecondsPerTick);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected long Now() => _clock.Now();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected GilThreadStats Rec(GilThread thread)
    {
        var r = thread.Stats;
        if (r is null || !ReferenceEquals(r.Owner, _stats) || r.State == GilThreadState.Ended)
            r = _stats.Register(thread);
        return r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected bool TryLock() => Interlocked.CompareExchange(ref _locked, 1, 0) == 0;

    /// <summary>
    /// Frees the GIL and wakes one waiter on <paramref name="cond"/>: with the fast path, an interlocked
    /// exchange and then the mutex only if someone waits (the Dekker order above); otherwise under the mutex.
    /// </summary>
    private protected void Unlock(ISchedCondition cond)
    {
        if (Fast)
        {
            Interlocked.Exchange(ref _locked, 0);
            if (Volatile.Read(ref _waiters) == 0) return;
            Mutex.Enter();
            cond.Signal();
            Mutex.Exit();
        }
        else
        {
            Mutex.Enter();
            Volatile.Write(ref _locked, 0);
            cond.Signal();
            Mutex.Exit();
        }
    }

    /// <summary>CPython: SET_GIL_DROP_REQUEST, made by a waiter whose timed wait ran out.</summary>
    private protected void RequestDrop(GilThreadStats waiter)
    {
        Breaker.Set(EvalBreakerBits.GilDropRequest);
        Interlocked.CompareExchange(ref _requestedAtNs, Now(), 0);
        waiter.DropRequestsIssued++;
    }

    /// <summary>CPython: RESET_GIL_DROP_REQUEST.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected void ClearRequest()
    {
        if (Breaker.Has(EvalBreakerBits.GilDropRequest)) Breaker.Clear(EvalBreakerBits.GilDropRequest);
        if (Volatile.Read(ref _requestedAtNs) != 0) Volatile.Write(ref _requestedAtNs, 0);
    }

    /// <summary>The request-to-release latency for a drop at <paramref name="now"/>, or -1 when none is pending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected long PendingRequestLatency(long now)
    {
        if (!Breaker.Has(EvalBreakerBits.GilDropRequest)) return -1;
        long at = Volatile.Read(ref _requestedAtNs);
        return at == 0 ? 0 : Math.Max(0, now - at);
    }
}
