// Drives a GIL policy the way the eval loop and the blocking calls do, under the controlled scheduler,
// and checks the protocol's properties (systematic-testing.md §5, "Layer B"):
//   - at most one holder: a thread counts as holder from Take's return to its Drop call, and at every
//     "bytecode" step the GIL's Holder is that thread and nobody else holds;
//   - no lost wake-up: at no decision is the GIL free while threads wait in Take and nothing but timers
//     can run (the waiters would be woken only by their timeouts);
//   - every drop request is honoured: a pending GilDropRequest is answered (the holder changes or the
//     request is cleared) within RequestBound decisions, and none is pending at the end (fair
//     strategies only: a liveness property);
//   - forced switching hands off: a drop answering a request returns only after another thread took
//     the GIL (switch_number grows by at least 2 over OnBreakerPoll), for the cpython policy;
//   - switch_number only grows; and no deadlock (the scheduler itself reports it).
// A "bytecode" step is SchedulingPoint(BreakerCheck), then, as the eval loop does at a check site,
// `if (breaker.IsSet) gil.OnBreakerPoll(t)`. A blocking call is Drop(Voluntary), Sleep, Take.
namespace GilRuntime.Coyote.Gil;

using GilRuntime.Coyote.Scheduling;
using GilRuntime.Threading;
using GilRuntime.Threading.Gil;
using GilRuntime.Threading.Scheduling;

internal sealed class GilProtocolHarness
{
    /// <summary>Decisions a drop request may stay pending without a switch before it counts as ignored.</summary>
    public const int RequestBound = 400;

    private readonly ControlledScheduler _s;
    private readonly bool _checkRequests;
    private readonly bool _checkForcedHandOff;
    private int _holding;
    private int _taking;
    private long _lastSwitchNumber;
    private int _requestSince = -1;
    private long _requestSwitchNumber;

    public GilProtocolHarness(IScheduler scheduler, Func<IScheduler, EvalBreaker, IGil> createGil, GilCoverage? coverage = null)
    {
        Coverage = coverage ?? new GilCoverage();
        _s = (ControlledScheduler)scheduler;
        Breaker = new EvalBreaker();
        Gil = createGil(scheduler, Breaker);
        // legacy keeps the request bit set while a thread holds the GIL: it is its "count instructions"
        // signal, not a request from a waiter.
        // Liveness is judged in fair runs only (PCT and POS starve low-priority threads on purpose).
        _checkRequests = Gil.PolicyName != "legacy" && _s.Strategy.IsFair;
        _checkForcedHandOff = Gil.PolicyName == "cpython";
        Joiner = new Joiner(scheduler);
        _s.AddMonitor(OnDecision);
    }

    /// <summary>What the explored schedules exercised (so a test can show it reached the interesting paths).</summary>
    public GilCoverage Coverage { get; }

    public EvalBreaker Breaker { get; }
    public IGil Gil { get; }
    public Joiner Joiner { get; }
    public IScheduler Scheduler => _s;

    /// <summary>A GilThread for the calling scheduler thread.</summary>
    public GilThread Me(bool isMain = false)
    {
        var h = _s.CurrentThread!;
        return new GilThread(h, h.Name, isMain);
    }

    public void Take(GilThread t)
    {
        _taking++;
        Gil.Take(t);
        _taking--;
        Acquired(t, "Take");
    }

    public void Drop(GilThread t, GilDropKind kind)
    {
        Check(ReferenceEquals(Gil.Holder, t), $"{t.Name} dropped the GIL held by {Gil.Holder?.Name ?? "nobody"}");
        _holding--;
        Gil.Drop(t, kind);
    }

    /// <summary>One bytecode step ending at a check site.</summary>
    public void Bytecode(GilThread t)
    {
        _s.SchedulingPoint(SchedulingPointKind.BreakerCheck);
        t.Instructions += 10;
        Check(ReferenceEquals(Gil.Holder, t) && _holding == 1,
              $"{t.Name} executed bytecode while the holder is {Gil.Holder?.Name ?? "nobody"} and {_holding} thread(s) hold the GIL");
        if (!Breaker.IsSet) return;
        bool requested = Breaker.Has(EvalBreakerBits.GilDropRequest);
        long before = Gil.SwitchNumber;
        _holding--;
        _taking++;
        Gil.OnBreakerPoll(t);
        _taking--;
        Acquired(t, "OnBreakerPoll");
        if (Gil.SwitchNumber != before) Coverage.SwitchesAtPolls++;
        if (_checkForcedHandOff && requested)
            Check(Gil.SwitchNumber >= before + 2,
                  $"{t.Name} answered a drop request but took the GIL back before another thread (switch_number {before} -> {Gil.SwitchNumber})");
    }

    /// <summary>A blocking call: the GIL is released around a sleep (Py_BEGIN/END_ALLOW_THREADS).</summary>
    public void BlockingCall(GilThread t, long sleepNs)
    {
        Drop(t, GilDropKind.Voluntary);
        _s.Sleep(sleepNs);
        long before = Gil.SwitchNumber;
        Take(t);
        if (Gil.SwitchNumber != before) Coverage.SwitchesAfterBlockingCalls++;
    }

    /// <summary>Checks made after every thread ended.</summary>
    public void CheckAtEnd()
    {
        Check(_holding == 0 && Gil.Holder is null, $"the GIL is still held by {Gil.Holder?.Name} after every thread ended");
        if (_checkRequests)
            Check(!Breaker.Has(EvalBreakerBits.GilDropRequest), "a drop request is still pending after every thread ended");
    }

    private void Acquired(GilThread t, string how)
    {
        _holding++;
        Check(_holding == 1, $"{t.Name} got the GIL from {how} while {_holding - 1} other thread(s) hold it");
        Check(ReferenceEquals(Gil.Holder, t), $"{t.Name} returned from {how} but the holder is {Gil.Holder?.Name ?? "nobody"}");
    }

    private void Check(bool condition, string message) => _s.Assert(condition, "GIL protocol violated: " + message);

    private string? OnDecision(SchedulingDecision d)
    {
        long sn = Gil.SwitchNumber;
        if (sn < _lastSwitchNumber) return $"GIL protocol violated: switch_number went back from {_lastSwitchNumber} to {sn}";
        _lastSwitchNumber = sn;

        if (d.PendingTimers > 0 && _taking > 0) Coverage.DecisionsWithTimedWaiters++;
        if (d.RunnableThreads == 0 && _taking > 0 && Gil.Holder is null)
            return $"GIL protocol violated: lost wake-up: the GIL is free while {_taking} thread(s) wait in take and only timers can run";

        if (_checkRequests)
        {
            if (!Breaker.Has(EvalBreakerBits.GilDropRequest)) _requestSince = -1;
            else if (_requestSince < 0 || sn != _requestSwitchNumber)
            {
                _requestSince = d.Step;
                _requestSwitchNumber = sn;
            }
            else if (d.Step - _requestSince > RequestBound)
                return $"GIL protocol violated: a drop request pending since step {_requestSince} was not honoured within {RequestBound} steps (holder {Gil.Holder?.Name ?? "nobody"})";
        }
        return null;
    }
}

/// <summary>Counts, over all iterations of a test, of the protocol paths the schedules went through.</summary>
internal sealed class GilCoverage
{
    /// <summary>OnBreakerPoll calls across which the holder changed (a request honoured at a poll).</summary>
    public int SwitchesAtPolls;

    /// <summary>Re-takes after a blocking call that found another holder in between.</summary>
    public int SwitchesAfterBlockingCalls;

    /// <summary>Decisions at which a thread waited in take with a timer that the strategy could fire.</summary>
    public int DecisionsWithTimedWaiters;

    public override string ToString() =>
        $"switches at polls {SwitchesAtPolls}, after blocking calls {SwitchesAfterBlockingCalls}, decisions with timed waiters {DecisionsWithTimedWaiters}";
}
