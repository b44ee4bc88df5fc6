// What one controlled iteration produced: its trace (which replays it), its bug if any, and its length.
namespace GilRuntime.Threading.Scheduling.Testing;

public sealed record IterationResult(ulong Seed, ExecutionTrace Trace, string? Bug, string? BugDetails, bool HitMaxSteps,
                                     string? StopReason)
{
    public int Steps => Trace.Steps.Count;
}
