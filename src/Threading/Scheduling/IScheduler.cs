// The scheduling seam (architecture.md, "Threads and the GIL"): every GIL hand-off and every blocking
// wait of a Python thread goes through an IScheduler. The OS scheduler maps its primitives onto real
// monitors and clocks; the controlled scheduler (systematic testing) runs exactly one registered thread
// at a time and turns every operation on its primitives into a scheduling decision, with virtual time.
//
// The GIL itself is written against these primitives, so the same take/drop code runs in production
// and under the controlled scheduler, where its protocol is model-checked (tests/Coyote).
namespace GilRuntime.Threading.Scheduling;

public interface IScheduler
{
    /// <summary>True for a controlled (serializing, seeded) scheduler; time is then virtual.</summary>
    bool IsControlled { get; }

    /// <summary>
    /// Starts <paramref name="body"/> on a new OS thread known to the scheduler. The body runs after
    /// the thread is registered and the thread is unregistered when the body returns or throws.
    /// </summary>
    ScheduledThread StartThread(string name, int maxStackBytes, Action body);

    /// <summary>Registers the calling OS thread (the process's main thread, a host's test thread).</summary>
    ScheduledThread AttachCurrentThread(string name);

    /// <summary>Unregisters the calling thread, attached with AttachCurrentThread.</summary>
    void DetachCurrentThread();

    /// <summary>The calling thread's handle, or null when it is not registered.</summary>
    ScheduledThread? CurrentThread { get; }

    ISchedMutex CreateMutex();

    /// <summary>A condition variable bound to <paramref name="mutex"/>, as pthread_cond_t is used with one mutex.</summary>
    ISchedCondition CreateCondition(ISchedMutex mutex);

    /// <summary>A monotonic clock in nanoseconds (virtual under a controlled scheduler).</summary>
    long MonotonicNanoseconds { get; }

    /// <summary>Wall-clock time in nanoseconds since the Unix epoch (virtual under a controlled scheduler).</summary>
    long WallClockNanoseconds { get; }

    /// <summary>Blocks the calling thread for the given time; 0 still enters the OS sleep (CPython's sleep(0): a zero-length clock_nanosleep on Linux).</summary>
    void Sleep(long nanoseconds);

    /// <summary>
    /// A point where a controlled scheduler may switch to another thread (an eval-breaker poll, a
    /// thread start, a yield). The OS scheduler does nothing here.
    /// </summary>
    void SchedulingPoint(SchedulingPointKind kind);
}

/// <summary>A mutual-exclusion lock of the scheduler (pthread_mutex_t). Not reentrant.</summary>
public interface ISchedMutex
{
    void Enter();
    void Exit();
}

/// <summary>A condition variable (pthread_cond_t); every call is made with its mutex held.</summary>
public interface ISchedCondition
{
    /// <summary>
    /// Releases the mutex, waits for a signal or the timeout, re-takes the mutex. A negative timeout
    /// waits forever. Returns false when the wait timed out (spurious wake-ups are allowed: callers loop).
    /// </summary>
    bool Wait(long timeoutNanoseconds);

    void Signal();

    void Broadcast();
}

/// <summary>What a thread is about to do at a scheduling point (Coyote's SchedulingPointType).</summary>
public enum SchedulingPointKind
{
    ThreadStart,
    ThreadExit,
    MutexEnter,
    Wait,
    Signal,
    Sleep,
    Yield,
    BreakerCheck,
    GilTake,
    GilDrop,
}
