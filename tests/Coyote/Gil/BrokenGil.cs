// CPython's take_gil/drop_gil with one deliberate mistake, to prove the protocol tests can fail: each
// variant must be caught by GilProtocolHarness within the seeds a scenario runs. Written here, in the
// test project, from the algorithm of gil.md §1.2-1.3 (the same as src/Threading/Gil/CPythonGil.cs
// under a controlled scheduler, minus the statistics).
namespace GilRuntime.Coyote.Gil;

using GilRuntime.Threading;
using GilRuntime.Threading.Gil;
using GilRuntime.Threading.Scheduling;

public enum GilMistake
{
    /// <summary>drop_gil forgets to signal `cond`: waiters only wake by their timeouts (lost wake-up).</summary>
    NoSignalOnDrop,
    /// <summary>take_gil tests `locked` with `if` instead of `while`: a woken waiter that lost the race takes it anyway.</summary>
    IfInsteadOfWhile,
    /// <summary>drop_gil omits the FORCE_SWITCHING wait: the dropper may win the GIL straight back.</summary>
    NoForcedSwitchWait,
    /// <summary>A new holder does not clear the drop request: a stale request makes the next holder drop for nothing, forever.</summary>
    StaleRequestNeverCleared,
}

internal sealed class BrokenGil : IGil
{
    private readonly GilMistake _mistake;
    private readonly EvalBreaker _breaker;
    private readonly ISchedMutex _mutex;
    private readonly ISchedCondition _cond;
    private readonly ISchedMutex _switchMutex;
    private readonly ISchedCondition _switchCond;
    private bool _locked;
    private GilThread? _lastHolder;
    private GilThread? _holder;
    private long _switchNumber;

    public BrokenGil(GilMistake mistake, IScheduler scheduler, EvalBreaker breaker)
    {
        _mistake = mistake;
        _breaker = breaker;
        _mutex = scheduler.CreateMutex();
        _cond = scheduler.CreateCondition(_mutex);
        _switchMutex = scheduler.CreateMutex();
        _switchCond = scheduler.CreateCondition(_switchMutex);
    }

    public string PolicyName => "cpython";
    public long IntervalMicroseconds { get; set; } = 5000;
    public long SwitchNumber => _switchNumber;
    public GilThread? Holder => _holder;
    // The harness reads no statistics; GilStatistics can only be built by the real policies.
    public GilStatistics Statistics => throw new NotSupportedException("BrokenGil keeps no statistics");
    public GilTrace? Trace => null;

    public void Take(GilThread thread)
    {
        _mutex.Enter();
        if (_mistake == GilMistake.IfInsteadOfWhile)
        {
            if (_locked) WaitOnce();
        }
        else
        {
            while (_locked) WaitOnce();
        }
        _switchMutex.Enter();
        _locked = true;
        _holder = thread;
        if (!ReferenceEquals(_lastHolder, thread))
        {
            _lastHolder = thread;
            _switchNumber++;
        }
        _switchCond.Signal();
        _switchMutex.Exit();
        if (_mistake != GilMistake.StaleRequestNeverCleared) _breaker.Clear(EvalBreakerBits.GilDropRequest);
        _mutex.Exit();
    }

    private void WaitOnce()
    {
        long saved = _switchNumber;
        bool signalled = _cond.Wait(IntervalMicroseconds * 1000);
        if (!signalled && _locked && _switchNumber == saved) _breaker.Set(EvalBreakerBits.GilDropRequest);
    }

    public void Drop(GilThread thread, GilDropKind kind)
    {
        _mutex.Enter();
        _lastHolder = thread;
        _holder = null;
        _locked = false;
        if (_mistake != GilMistake.NoSignalOnDrop) _cond.Signal();
        _mutex.Exit();
        if (_mistake == GilMistake.NoForcedSwitchWait || kind == GilDropKind.Exit) return;
        if (_breaker.Has(EvalBreakerBits.GilDropRequest))
        {
            _switchMutex.Enter();
            if (ReferenceEquals(_lastHolder, thread))
            {
                if (_mistake != GilMistake.StaleRequestNeverCleared) _breaker.Clear(EvalBreakerBits.GilDropRequest);
                while (ReferenceEquals(_lastHolder, thread)) _switchCond.Wait(-1);
            }
            _switchMutex.Exit();
        }
    }

    public void OnBreakerPoll(GilThread thread)
    {
        if (!_breaker.Has(EvalBreakerBits.GilDropRequest)) return;
        Drop(thread, GilDropKind.Forced);
        Take(thread);
    }
}
