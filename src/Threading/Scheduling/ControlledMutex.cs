// A mutex of the controlled scheduler. Entering is a scheduling point (a rival may take the mutex
// first); a held mutex blocks the caller, and Exit hands ownership to the longest waiter (FIFO), as
// Coyote's controlled Monitor does. Exit is not a point. Not reentrant: re-entering is reported as a
// self-deadlock.
namespace GilRuntime.Threading.Scheduling;

internal sealed class ControlledMutex : ISchedMutex
{
    private readonly ControlledScheduler _scheduler;

    public ControlledMutex(ControlledScheduler scheduler, int id)
    {
        _scheduler = scheduler;
        Id = id;
    }

    /// <summary>Creation order among the scheduler's mutexes (m0, m1, ... in reports).</summary>
    public readonly int Id;

    public ControlledScheduler Scheduler => _scheduler;

    // Guarded by the scheduler's gate.
    public ControlledThread? Owner;
    public readonly Queue<ControlledThread> Waiters = new();

    public void Enter() => _scheduler.MutexEnter(this);

    public void Exit() => _scheduler.MutexExit(this);

    public override string ToString() => "m" + Id;
}
