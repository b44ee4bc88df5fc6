// Join for test bodies: the scheduler has no join primitive (Python's join goes through a lock), so
// tests count finished threads under a scheduler mutex and wait on a condition, which keeps every
// wait visible to the controlled scheduler.
namespace GilRuntime.Coyote.Scheduling;

using GilRuntime.Threading.Scheduling;

internal sealed class Joiner
{
    private readonly ISchedMutex _mutex;
    private readonly ISchedCondition _done;
    private int _running;

    public Joiner(IScheduler scheduler)
    {
        _mutex = scheduler.CreateMutex();
        _done = scheduler.CreateCondition(_mutex);
        Scheduler = scheduler;
    }

    public IScheduler Scheduler { get; }

    /// <summary>Starts a thread whose end JoinAll waits for.</summary>
    public ScheduledThread Start(string name, Action body)
    {
        _mutex.Enter();
        _running++;
        _mutex.Exit();
        return Scheduler.StartThread(name, 0, () =>
        {
            try { body(); }
            finally
            {
                _mutex.Enter();
                if (--_running == 0) _done.Broadcast();
                _mutex.Exit();
            }
        });
    }

    public void JoinAll()
    {
        _mutex.Enter();
        while (_running > 0) _done.Wait(-1);
        _mutex.Exit();
    }
}
