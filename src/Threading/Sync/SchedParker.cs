// An interruptible sleep on the scheduler's primitives: a timed condition wait nobody signals except
// Interrupt (Ctrl-C for the main thread). Under the controlled scheduler the timed wait is a virtual
// timer, so sleeps cost no real time there.
namespace GilRuntime.Threading.Sync;

using GilRuntime.Threading.Scheduling;

public sealed class SchedParker : IInterruptibleWait
{
    private readonly IScheduler _scheduler;
    private readonly ISchedMutex _mutex;
    private readonly ISchedCondition _cond;

    public SchedParker(IScheduler scheduler)
    {
        _scheduler = scheduler;
        _mutex = scheduler.CreateMutex();
        _cond = scheduler.CreateCondition(_mutex);
    }

    /// <summary>Sleeps until the deadline (scheduler's monotonic clock); Interrupted when <paramref name="interrupted"/> became true.</summary>
    public WaitResult SleepUntil(long deadlineNanoseconds, Func<bool> interrupted)
    {
        _mutex.Enter();
        while (true)
        {
            if (interrupted())
            {
                _mutex.Exit();
                return WaitResult.Interrupted;
            }
            long wait = deadlineNanoseconds - _scheduler.MonotonicNanoseconds;
            if (wait <= 0) break;
            _cond.Wait(wait);
        }
        _mutex.Exit();
        return WaitResult.TimedOut;
    }

    public void Interrupt()
    {
        _mutex.Enter();
        _cond.Broadcast();
        _mutex.Exit();
    }
}
