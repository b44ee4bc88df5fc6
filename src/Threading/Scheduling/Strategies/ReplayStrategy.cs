// Replays a recorded trace: at step i it chooses the choice whose text form is the trace's step i, and
// fails with "not reproducible at step i" when that choice is not enabled (the program or the runtime
// did something else than when the trace was recorded) or when the trace runs out.
namespace GilRuntime.Threading.Scheduling.Strategies;

public sealed class ReplayStrategy : ISchedulingStrategy
{
    private readonly IReadOnlyList<string> _steps;

    public ReplayStrategy(ExecutionTrace trace)
    {
        Trace = trace;
        _steps = trace.Steps;
    }

    public ExecutionTrace Trace { get; }

    /// <summary>How many steps of the trace the current iteration has consumed.</summary>
    public int Position { get; private set; }

    public string Description => "replay";

    /// <summary>As fair as the strategy that recorded the trace, so the same monitors judge the replay.</summary>
    public bool IsFair => Trace.Strategy.StartsWith("random", StringComparison.Ordinal)
                          || Trace.Strategy.StartsWith("probabilistic", StringComparison.Ordinal);

    public void PrepareIteration(ulong seed) => Position = 0;

    public int Next(ReadOnlySpan<SchedulingChoice> choices, int currentSerial, int step)
    {
        if (step >= _steps.Count)
            throw new NotReproducibleException($"not reproducible at step {step}: the trace ends after {_steps.Count} steps");
        string wanted = _steps[step];
        for (int i = 0; i < choices.Length; i++)
        {
            if (choices[i].Matches(wanted))
            {
                Position = step + 1;
                return i;
            }
        }
        throw new NotReproducibleException(
            $"not reproducible at step {step}: {wanted} is not enabled (enabled: {string.Join(", ", choices.ToArray())})");
    }
}

/// <summary>A replayed trace diverged from the execution; the scheduler reports it as the iteration's bug.</summary>
public sealed class NotReproducibleException : Exception
{
    public NotReproducibleException(string message) : base(message) { }
}
