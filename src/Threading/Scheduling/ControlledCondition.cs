// A condition variable of the controlled scheduler, bound to one mutex. Wait releases the mutex and
// blocks until Signal/Broadcast or its timer; a woken waiter becomes runnable and, when resumed,
// re-takes the mutex like any other entrant (a releasing thread may barge in before it, as with
// pthreads; this is the race CPython's FORCE_SWITCHING exists for). Whether the signal or the timeout wins is a choice of the strategy, so both orders are
// explored. Signal and Broadcast are scheduling points.
namespace GilRuntime.Threading.Scheduling;

internal sealed class ControlledCondition : ISchedCondition
{
    private readonly ControlledScheduler _scheduler;

    public ControlledCondition(ControlledScheduler scheduler, ControlledMutex mutex, int id)
    {
        _scheduler = scheduler;
        Mutex = mutex;
        Id = id;
    }

    public readonly int Id;
    public readonly ControlledMutex Mutex;

    /// <summary>Waiting threads in arrival order (guarded by the scheduler's gate).</summary>
    public readonly List<ControlledThread> Waiters = new();

    public bool Wait(long timeoutNanoseconds) => _scheduler.ConditionWait(this, timeoutNanoseconds);

    public void Signal() => _scheduler.ConditionSignal(this, all: false);

    public void Broadcast() => _scheduler.ConditionSignal(this, all: true);

    public override string ToString() => $"c{Id} (of m{Mutex.Id})";
}
