// CPython's "new GIL" (3.2-3.12, Python/ceval_gil.c; gil.md §1). A thread that finds the GIL held waits
// on `cond` in timed waits of one switch interval; only a wait that timed out with no change of holder
// in the meantime sets the drop request in the eval breaker. The holder sees the request at its next
// poll and drops the GIL; because a drop was requested, it then waits on `switch_cond` until some other
// thread has taken the GIL (FORCE_SWITCHING), so on a multicore machine it cannot win it straight back.
// A voluntary drop (a blocking call) does not wait, which is what produces the convoy effect.
//
// Fields and the lock that protects them:
//   _mutex        guards _locked, _lastHolder, _switchNumber, _holder   (CPython: gil->mutex)
//   _cond         signalled on every release                            (CPython: gil->cond)
//   _switchMutex  guards the hand-off wait                              (CPython: gil->switch_mutex)
//   _switchCond   signalled when a new holder took the GIL              (CPython: gil->switch_cond)
namespace GilRuntime.Threading.Gil;

using GilRuntime.Threading.Scheduling;

public sealed class CPythonGil : IGil
{
    private readonly IScheduler _scheduler;
    private readonly EvalBreaker _breaker;
    private readonly ISchedMutex _mutex;
    private readonly ISchedCondition _cond;
    private readonly ISchedMutex _switchMutex;
    private readonly ISchedCondition _switchCond;

    private bool _locked;
    private GilThread? _lastHolder;
    private GilThread? _holder;
    private long _switchNumber;
    private long _intervalMicroseconds = 5000;

    public CPythonGil(IScheduler scheduler, EvalBreaker breaker)
    {
        _scheduler = scheduler;
        _breaker = breaker;
        _mutex = scheduler.CreateMutex();
        _cond = scheduler.CreateCondition(_mutex);
        _switchMutex = scheduler.CreateMutex();
        _switchCond = scheduler.CreateCondition(_switchMutex);
    }

    public string PolicyName => "cpython";

    public long IntervalMicroseconds
    {
        get => Volatile.Read(ref _intervalMicroseconds);
        set => Volatile.Write(ref _intervalMicroseconds, value);
    }

    public long SwitchNumber => Volatile.Read(ref _switchNumber);

    public GilThread? Holder => Volatile.Read(ref _holder);

    // CPython: take_gil
    public void Take(GilThread thread)
    {
        _mutex.Enter();
        while (_locked)
        {
            long saved = _switchNumber;
            long intervalNs = Math.Max(IntervalMicroseconds, 1) * 1000;
            bool signalled = _cond.Wait(intervalNs);
            // Only a full interval without any switch earns a drop request; losing the race after a
            // signal starts a new full wait.
            if (!signalled && _locked && _switchNumber == saved)
                _breaker.Set(EvalBreakerBits.GilDropRequest);
        }

        _switchMutex.Enter();
        _locked = true;
        Volatile.Write(ref _holder, thread);
        if (!ReferenceEquals(_lastHolder, thread))
        {
            _lastHolder = thread;
            _switchNumber++;
        }
        _switchCond.Signal();
        _switchMutex.Exit();

        // The new holder owes nobody a drop: a request left over from the previous holder is void.
        _breaker.Clear(EvalBreakerBits.GilDropRequest);
        _mutex.Exit();
    }

    // CPython: drop_gil
    public void Drop(GilThread thread, GilDropKind kind)
    {
        _mutex.Enter();
        _lastHolder = thread;
        _locked = false;
        Volatile.Write(ref _holder, null);
        _cond.Signal();
        _mutex.Exit();

        if (kind == GilDropKind.Forced && _breaker.Has(EvalBreakerBits.GilDropRequest))
        {
            _switchMutex.Enter();
            // Wait until another thread took the GIL, unless one already did.
            if (ReferenceEquals(_lastHolder, thread))
            {
                _breaker.Clear(EvalBreakerBits.GilDropRequest);
                while (ReferenceEquals(_lastHolder, thread))
                    _switchCond.Wait(-1);
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
