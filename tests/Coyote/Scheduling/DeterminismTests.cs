// Same seed, same schedule, byte for byte; a recorded trace replays exactly, and a trace that does
// not fit the program is reported as "not reproducible at step N".
namespace GilRuntime.Coyote.Scheduling;

using GilRuntime.Threading.Scheduling;
using GilRuntime.Threading.Scheduling.Testing;
using Xunit;

public class DeterminismTests
{
    /// <summary>Three threads exercising every kind of point: mutexes, conditions, timers, yields.</summary>
    private static void Scenario(IScheduler s, List<string>? log)
    {
        var m = s.CreateMutex();
        var cond = s.CreateCondition(m);
        int tokens = 0;
        var joiner = new Joiner(s);
        for (int t = 0; t < 3; t++)
        {
            int id = t;
            joiner.Start("T" + t, () =>
            {
                for (int i = 0; i < 3; i++)
                {
                    m.Enter();
                    if (id == 0) { tokens++; cond.Signal(); }
                    else if (tokens == 0) cond.Wait(1_000_000);
                    else tokens--;
                    log?.Add($"{id}:{i}@{s.MonotonicNanoseconds}");
                    m.Exit();
                    s.Sleep(id == 2 ? 500_000 : 0);
                }
            });
        }
        joiner.JoinAll();
    }

    public static IEnumerable<object[]> Strategies() =>
        new[] { "random", "probabilistic", "pct", "pos" }.Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(Strategies))]
    public void SameSeedSameStepsAndDifferentSeedsDiffer(string strategy)
    {
        var first = new Dictionary<ulong, string>();
        for (int pass = 0; pass < 2; pass++)
        {
            // A fresh engine per pass: PCT's learned bound restarts, so pass 2 must equal pass 1.
            var engine = TestingEngine.Create(Configuration.Create().WithStrategy(strategy), s => Scenario(s, null));
            for (ulong seed = 0; seed < 20; seed++)
            {
                var r = engine.RunIteration(seed);
                Assert.Null(r.Bug);
                string json = r.Trace.ToJson();
                if (pass == 0) first[seed] = json;
                else Assert.Equal(first[seed], json);
            }
        }
        Assert.True(first.Values.Select(j => ExecutionTrace.FromJson(j).StepsText).Distinct().Count() > 5);
    }

    [Fact]
    public void TraceReplaysTheSameExecution()
    {
        var log1 = new List<string>();
        var engine = TestingEngine.Create(Configuration.Create(), s => { log1.Clear(); Scenario(s, log1); });
        var original = engine.RunIteration(12345);
        var trace = ExecutionTrace.FromJson(original.Trace.ToJson());
        Assert.Equal(original.Trace.StepsText, trace.StepsText);
        Assert.Equal(12345UL, trace.Seed);

        var log2 = new List<string>();
        var replayed = TestingEngine.Create(Configuration.Create(), s => { log2.Clear(); Scenario(s, log2); }).Replay(trace);
        Assert.Null(replayed.Bug);
        Assert.Equal(original.Trace.StepsText, replayed.Trace.StepsText);
        Assert.Equal(log1, log2);
    }

    [Fact]
    public void ABugReplaysFromItsTrace()
    {
        Action<IScheduler> deadlock01 = s =>
        {
            var a = s.CreateMutex();
            var b = s.CreateMutex();
            var joiner = new Joiner(s);
            joiner.Start("AB", () => { a.Enter(); b.Enter(); b.Exit(); a.Exit(); });
            joiner.Start("BA", () => { b.Enter(); a.Enter(); a.Exit(); b.Exit(); });
            joiner.JoinAll();
        };
        var report = TestingEngine.Create(Configuration.Create().WithTestingIterations(100), deadlock01).Run();
        Assert.Equal(1, report.BugsFound);
        string json = report.FirstFailingTrace!.ToJson();
        var replay = TestingEngine.Create(Configuration.Create().WithReproducibleTrace(json), deadlock01).Run();
        Assert.Equal(1, replay.BugsFound);
        Assert.Equal(report.FirstFailingTrace.Bug, ExecutionTrace.FromJson(json).Bug);
        Assert.EndsWith(report.FirstFailingTrace.Bug!, replay.BugReports[0]);
    }

    [Fact]
    public void ADivergentTraceIsNotReproducible()
    {
        var engine = TestingEngine.Create(Configuration.Create(), s => Scenario(s, null));
        var original = engine.RunIteration(7).Trace;
        // Step 1 is the main thread's or the first child's choice after the first ThreadStart; name a
        // thread that does not exist yet at that step.
        var steps = original.Steps.ToList();
        steps[1] = "t9@MutexEnter";
        var tampered = original with { Steps = steps };
        var r = engine.Replay(tampered);
        Assert.StartsWith("not reproducible at step 1: t9@MutexEnter is not enabled (enabled: ", r.Bug);

        var truncated = original with { Steps = original.Steps.Take(5).ToList() };
        Assert.Equal("not reproducible at step 5: the trace ends after 5 steps", engine.Replay(truncated).Bug);
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void EveryStrategyFindsTheDeadlock(string strategy)
    {
        var report = TestingEngine.Create(Configuration.Create().WithStrategy(strategy).WithTestingIterations(200), s =>
        {
            var a = s.CreateMutex();
            var b = s.CreateMutex();
            var joiner = new Joiner(s);
            joiner.Start("AB", () => { a.Enter(); s.SchedulingPoint(SchedulingPointKind.BreakerCheck); b.Enter(); b.Exit(); a.Exit(); });
            joiner.Start("BA", () => { b.Enter(); s.SchedulingPoint(SchedulingPointKind.BreakerCheck); a.Enter(); a.Exit(); b.Exit(); });
            joiner.JoinAll();
        }).Run();
        Assert.Equal(1, report.BugsFound);
        Assert.Contains("Deadlock detected", report.BugReports[0]);
    }
}
