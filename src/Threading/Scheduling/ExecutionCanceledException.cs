// Thrown by the controlled scheduler out of a primitive (mutex enter, condition wait, sleep, scheduling
// point) when the current test iteration must stop: a deadlock was found, the step bound was reached,
// another thread hit a bug, or the test's main thread ended while this thread was still alive. It
// unwinds the thread so that its OS thread ends; the testing engine waits for every such thread.
//
// It is not a Python exception: the eval loop and every catch in Core let it propagate untouched
// (catch filters such as `when (e is not ExecutionCanceledException)`), so that no Python `except`
// clause can swallow it and keep a cancelled thread running.
namespace GilRuntime.Threading.Scheduling;

public sealed class ExecutionCanceledException : Exception
{
    public ExecutionCanceledException(string reason)
        : base("The controlled execution was canceled: " + reason)
    {
        Reason = reason;
    }

    /// <summary>Why the iteration stopped (the bug report's first line, or "main thread ended").</summary>
    public string Reason { get; }
}
