// A blocking wait that a signal can cut short. The main thread registers the wait it is in, so that
// Ctrl-C (which arrives on another OS thread) can wake it: the waiter then sees the pending signal,
// returns "interrupted", and the runtime raises KeyboardInterrupt after the wait (CPython: EINTR).
namespace GilRuntime.Threading.Sync;

public interface IInterruptibleWait
{
    /// <summary>Wakes every thread blocked in this wait so it re-checks its interruption predicate.</summary>
    void Interrupt();
}

/// <summary>How a blocking acquire or sleep ended.</summary>
public enum WaitResult
{
    Acquired,
    TimedOut,
    /// <summary>The interruption predicate became true (a signal is pending); the caller handles it and may retry.</summary>
    Interrupted,
}
