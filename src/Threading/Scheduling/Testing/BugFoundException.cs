// Thrown by TestReport.ThrowIfBugFound: the bug, its seed and the trace that replays it.
namespace GilRuntime.Threading.Scheduling.Testing;

public sealed class BugFoundException : Exception
{
    public BugFoundException(string message) : base(message) { }
}
