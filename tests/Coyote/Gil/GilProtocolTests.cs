// The GIL protocol under the controlled scheduler: 2-4 threads taking and dropping, forced and
// voluntary, threads exiting while others wait, over at least 1,000 seeds per scenario, with the
// properties GilProtocolHarness checks. BrokenGil variants show that each property can fail.
namespace GilRuntime.Coyote.Gil;

using GilRuntime.Threading;
using GilRuntime.Threading.Gil;
using GilRuntime.Threading.Scheduling;
using GilRuntime.Threading.Scheduling.Testing;
using Xunit;
using Xunit.Abstractions;

public class GilProtocolTests
{
    private readonly ITestOutputHelper _output;

    public GilProtocolTests(ITestOutputHelper output) => _output = output;

    internal const int Seeds = 1000;

    internal static IGil CPython(IScheduler s, EvalBreaker b) => new CPythonGil(s, b);

    /// <summary>A policy as --gil-policy builds it; legacy releases every 20 instructions (two steps here).</summary>
    internal static Func<IScheduler, EvalBreaker, IGil> Policy(string name) =>
        (s, b) => GilFactory.Create(new GilOptions { Policy = name, CheckInterval = 20 }, s, b);

    /// <summary>Main holds the GIL (as the interpreter's main thread does), starts workers, then joins with the GIL released.</summary>
    internal static void MainJoins(GilProtocolHarness h, GilThread main, int workers, Action<GilProtocolHarness, int> worker)
    {
        h.Take(main);
        for (int i = 0; i < workers; i++)
        {
            int id = i;
            h.Joiner.Start("W" + id, () => worker(h, id));
            h.Bytecode(main);
        }
        h.Drop(main, GilDropKind.Voluntary);      // join() is a blocking call
        h.Joiner.JoinAll();
        h.Take(main);
        h.Bytecode(main);
        h.Drop(main, GilDropKind.Exit);
        h.CheckAtEnd();
    }

    /// <summary>CPU-bound: only forced switches move the GIL between workers.</summary>
    internal static void CpuBound(GilProtocolHarness h, int id, int steps)
    {
        var t = h.Me();
        h.Take(t);
        for (int i = 0; i < steps; i++) h.Bytecode(t);
        h.Drop(t, GilDropKind.Exit);
    }

    /// <summary>Mixed: bytecode with a blocking call (the GIL released around a sleep) every other step.</summary>
    internal static void Mixed(GilProtocolHarness h, int id, int steps)
    {
        var t = h.Me();
        h.Take(t);
        for (int i = 0; i < steps; i++)
        {
            h.Bytecode(t);
            if ((i + id) % 2 == 1) h.BlockingCall(t, id == 0 ? 0 : 1_000_000L * id);
        }
        h.Drop(t, GilDropKind.Exit);
    }

    internal static Action<IScheduler> Scenario(string name, Func<IScheduler, EvalBreaker, IGil> gil, GilCoverage? coverage = null) => name switch
    {
        // Two CPU-bound workers and the main thread: forced switches, a hand-off wait, exits.
        "two-forced" => s =>
        {
            var h = new GilProtocolHarness(s, gil, coverage);
            MainJoins(h, h.Me(isMain: true), 2, (h, id) => CpuBound(h, id, 6));
        },
        // Three workers mixing bytecode and blocking calls (voluntary drops, sleeps, re-takes).
        "three-mixed" => s =>
        {
            var h = new GilProtocolHarness(s, gil, coverage);
            MainJoins(h, h.Me(isMain: true), 3, (h, id) => Mixed(h, id, 4));
        },
        // Four workers with the main thread never holding the GIL: short bodies, so threads exit while
        // others wait in take (the exit's drop must wake one).
        "four-exit" => s =>
        {
            var h = new GilProtocolHarness(s, gil, coverage);
            for (int i = 0; i < 4; i++)
            {
                int id = i;
                h.Joiner.Start("W" + id, () => CpuBound(h, id, 1 + id % 2));
            }
            h.Joiner.JoinAll();
            h.CheckAtEnd();
        },
        _ => throw new ArgumentException(name),
    };

    /// <summary>Explores <paramref name="seeds"/> seeds; in fair runs, reaching the step bound is a (liveness) bug.</summary>
    internal static TestReport Explore(Action<IScheduler> test, int seeds, string strategy = "random") =>
        TestingEngine.Create(Configuration.Create().WithTestingIterations(seeds).WithRandomGeneratorSeed(0)
                                          .WithStrategy(strategy).WithMaxSchedulingSteps(5000)
                                          .WithFailureOnMaxStepsBoundEnabled(strategy is "random" or "probabilistic"), test).Run();

    public static IEnumerable<object[]> ScenariosAndPolicies()
    {
        foreach (var policy in GilFactory.Policies)
            foreach (var scenario in new[] { "two-forced", "three-mixed", "four-exit" })
                yield return new object[] { policy, scenario };
    }

    [Theory]
    [MemberData(nameof(ScenariosAndPolicies))]
    public void EveryPolicyKeepsTheProtocol(string policy, string scenario)
    {
        var coverage = new GilCoverage();
        var report = Explore(Scenario(scenario, Policy(policy), coverage), Seeds);
        _output.WriteLine($"{policy}/{scenario}:\n{report}\n{coverage}");
        report.ThrowIfBugFound();
        Assert.Equal(Seeds, report.Iterations);
        Assert.True(report.UniqueSchedules > Seeds / 2, report.ToString());
        // The schedules reached the protocol's interesting paths: switches at polls (drop requests or
        // legacy's instruction count), and, with blocking calls, a holder change across one.
        Assert.True(coverage.SwitchesAtPolls > Seeds / 10, coverage.ToString());
        if (scenario == "three-mixed") Assert.True(coverage.SwitchesAfterBlockingCalls > Seeds / 10, coverage.ToString());
        if (policy != "legacy") Assert.True(coverage.DecisionsWithTimedWaiters > Seeds, coverage.ToString());
    }

    [Theory]
    [InlineData("pct")]
    [InlineData("pos")]
    [InlineData("probabilistic")]
    public void CPythonGilKeepsItsProtocolUnderOtherStrategies(string strategy)
    {
        Explore(Scenario("three-mixed", CPython), 300, strategy).ThrowIfBugFound();
        Explore(Scenario("two-forced", Policy("fair")), 300, strategy).ThrowIfBugFound();
    }

    [Theory]
    [InlineData(GilMistake.NoSignalOnDrop, "three-mixed", "lost wake-up")]
    [InlineData(GilMistake.IfInsteadOfWhile, "four-exit", "executed bytecode while the holder is")]
    [InlineData(GilMistake.NoForcedSwitchWait, "two-forced", "took the GIL back before another thread")]
    [InlineData(GilMistake.StaleRequestNeverCleared, "two-forced", "Deadlock detected")]
    public void ABrokenGilIsCaught(GilMistake mistake, string scenario, string expected)
    {
        var report = Explore(Scenario(scenario, (s, b) => new BrokenGil(mistake, s, b)), Seeds);
        Assert.Equal(1, report.BugsFound);
        Assert.Contains(expected, report.BugReports[0]);
        // The failing schedule replays to the same bug.
        var replay = TestingEngine.Create(Configuration.Create().WithReproducibleTrace(report.FirstFailingTrace!),
                                          Scenario(scenario, (s, b) => new BrokenGil(mistake, s, b))).Run();
        Assert.Equal(report.FirstFailingTrace!.Bug, replay.FirstFailingTrace?.Bug);
    }
}
