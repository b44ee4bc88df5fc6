// The controlled scheduler's record of one thread: its parking semaphore and what it is blocked on.
// All fields except Park are read and written under the scheduler's gate.
namespace GilRuntime.Threading.Scheduling;

internal enum ControlledThreadState
{
    /// <summary>At a scheduling point (or just granted a mutex): the strategy may pick it.</summary>
    Runnable,
    /// <summary>Queued on a held mutex; ownership is handed to it FIFO on release.</summary>
    BlockedOnMutex,
    /// <summary>In a condition wait; enabled only by a signal or, if timed, by its timer.</summary>
    BlockedOnCondition,
    /// <summary>In Sleep(t &gt; 0); enabled only by its timer.</summary>
    Sleeping,
    Finished,
}

internal sealed class ControlledThread
{
    public ControlledThread(ControlledScheduler scheduler, ScheduledThread handle)
    {
        Scheduler = scheduler;
        Handle = handle;
    }

    public readonly ControlledScheduler Scheduler;
    public readonly ScheduledThread Handle;

    /// <summary>
    /// The thread waits here whenever another one runs. A counting semaphore, so a release that comes
    /// before the Wait (the releasing thread was slow to park) is not lost.
    /// </summary>
    public readonly SemaphoreSlim Park = new(0);

    /// <summary>Set by a started thread's OS thread once it is about to park for its first turn.</summary>
    public readonly ManualResetEventSlim Started = new(false);

    public int Serial => Handle.Serial;
    public string Name => Handle.Name;

    public ControlledThreadState State;

    /// <summary>The point the thread is stopped at (what it does when resumed).</summary>
    public SchedulingPointKind Kind;

    public ControlledMutex? BlockedMutex;
    public ControlledCondition? BlockedCondition;

    /// <summary>Virtual deadline of the pending timer, or -1 when the thread has none.</summary>
    public long Deadline = -1;

    /// <summary>The last condition wait ended by its timer rather than by a signal.</summary>
    public bool TimedOut;

    /// <summary>Nesting of AttachCurrentThread calls on an attached thread.</summary>
    public int AttachDepth;

    public string Describe() => $"t{Serial} '{Name}'";
}
