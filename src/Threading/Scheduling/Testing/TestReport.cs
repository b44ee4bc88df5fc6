// The result of a TestingEngine run (Coyote's TestReport): bugs found, iterations explored, the first
// failing seed with its replayable trace, and statistics on iteration lengths.
namespace GilRuntime.Threading.Scheduling.Testing;

using System.Text;

public sealed class TestReport
{
    private readonly List<string> _bugReports = new();
    private long _totalSteps;

    public TestReport(string strategy) => Strategy = strategy;

    public string Strategy { get; }

    public int Iterations { get; private set; }

    public int BugsFound => _bugReports.Count;

    /// <summary>One line per buggy iteration: "seed N: report".</summary>
    public IReadOnlyList<string> BugReports => _bugReports;

    public ulong? FirstFailingSeed { get; private set; }

    public ExecutionTrace? FirstFailingTrace { get; private set; }

    /// <summary>The first bug's full text (exception with stack trace, wait-for graph).</summary>
    public string? FirstBugDetails { get; private set; }

    public int MinSteps { get; private set; } = int.MaxValue;

    public int MaxSteps { get; private set; }

    public double AverageSteps => Iterations == 0 ? 0 : (double)_totalSteps / Iterations;

    /// <summary>Iterations that stopped at the step bound.</summary>
    public int MaxStepsHit { get; private set; }

    /// <summary>Distinct schedules among the iterations (by their step sequences).</summary>
    public int UniqueSchedules => _schedules.Count;

    private readonly HashSet<string> _schedules = new();

    public TimeSpan Elapsed { get; internal set; }

    internal void Add(IterationResult r)
    {
        Iterations++;
        _totalSteps += r.Steps;
        MinSteps = Math.Min(MinSteps, r.Steps);
        MaxSteps = Math.Max(MaxSteps, r.Steps);
        if (r.HitMaxSteps) MaxStepsHit++;
        _schedules.Add(r.Trace.StepsText);
        if (r.Bug is null) return;
        _bugReports.Add($"seed {r.Seed}: {r.Bug}");
        if (FirstFailingSeed is null)
        {
            FirstFailingSeed = r.Seed;
            FirstFailingTrace = r.Trace;
            FirstBugDetails = r.BugDetails;
        }
    }

    public void ThrowIfBugFound()
    {
        if (BugsFound == 0) return;
        throw new BugFoundException($"{BugsFound} bug(s) found; first at seed {FirstFailingSeed}:\n{FirstBugDetails}\n"
                                    + $"trace: {FirstFailingTrace!.ToJson()}");
    }

    /// <summary>Coyote's statistics lines.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append("... Testing statistics:\n");
        sb.Append($"..... Found {BugsFound} bug{(BugsFound == 1 ? "" : "s")}.\n");
        sb.Append($"... Exploration statistics:\n");
        sb.Append($"..... Explored {Iterations} schedule{(Iterations == 1 ? "" : "s")} with strategy {Strategy}: {UniqueSchedules} unique.\n");
        if (Iterations > 0)
        {
            sb.Append($"..... Found {100.0 * BugsFound / Iterations:0.##}% buggy schedules.\n");
            sb.Append($"..... Number of scheduling decisions: min {MinSteps}, avg {AverageSteps:0.#}, max {MaxSteps}.\n");
            sb.Append($"..... Exceeded the max-steps bound of {MaxStepsHit} schedules.\n");
        }
        sb.Append($"..... Elapsed {Elapsed.TotalSeconds:0.###} sec.");
        return sb.ToString();
    }
}
