// A thread as a scheduler knows it: a stable serial number (0 for the first attached thread), a name,
// and a way to wait for its end. Python's thread ids under a controlled scheduler come from Serial, so
// a seeded run prints the same ids every time.
namespace GilRuntime.Threading.Scheduling;

public sealed class ScheduledThread
{
    private readonly ManualResetEventSlim _finished = new(false);

    public ScheduledThread(int serial, string name, Thread? osThread)
    {
        Serial = serial;
        Name = name;
        OsThread = osThread;
    }

    /// <summary>Creation order among the threads of one scheduler, starting at 0.</summary>
    public int Serial { get; }

    public string Name { get; }

    /// <summary>The OS thread (null until an attached thread is known, never null for started ones).</summary>
    public Thread? OsThread { get; internal set; }

    /// <summary>Scheduler-private state (the controlled scheduler's per-thread record).</summary>
    public object? SchedulerData { get; set; }

    public bool IsFinished => _finished.IsSet;

    /// <summary>Marks the thread finished; called by the scheduler after the body returned.</summary>
    public void MarkFinished() => _finished.Set();

    /// <summary>
    /// Waits for the OS-level end of the thread without any scheduler involvement (hosts and tests;
    /// Python's join goes through a lock, as CPython's does).
    /// </summary>
    public bool WaitFinished(TimeSpan timeout) => _finished.Wait(timeout);
}
