// Runs a test body many times under the controlled scheduler, one seed per iteration (Coyote's
// TestingEngine). Each iteration gets a fresh ControlledScheduler and a fresh OS thread attached as the
// main thread (serial 0, "MainThread"); the body starts the other threads through the scheduler. The
// iteration ends when every thread has ended, or is canceled (bug, deadlock, step bound); the engine
// then waits for every OS thread it involved, so no thread outlives its iteration.
namespace GilRuntime.Threading.Scheduling.Testing;

using System.Diagnostics;
using GilRuntime.Threading.Scheduling.Strategies;

public sealed class TestingEngine
{
    private readonly Configuration _config;
    private readonly Action<IScheduler> _test;
    private ISchedulingStrategy? _strategy;

    private TestingEngine(Configuration config, Action<IScheduler> test)
    {
        _config = config;
        _test = test;
    }

    public static TestingEngine Create(Configuration config, Action<IScheduler> test) => new(config, test);

    /// <summary>The test run: every iteration (or the trace replay) and its report.</summary>
    public TestReport Run()
    {
        var clock = Stopwatch.StartNew();
        TestReport report;
        if (_config.ReproducibleTrace is { } trace)
        {
            report = new TestReport("replay");
            report.Add(Replay(trace));
        }
        else
        {
            _strategy ??= _config.CreateStrategy();
            report = new TestReport(_strategy.Description);
            for (int i = 0; i < _config.TestingIterations; i++)
            {
                var r = RunIteration(_config.RandomGeneratorSeed + (ulong)i);
                report.Add(r);
                if (r.Bug is not null && !_config.ExploreAfterBugs) break;
            }
        }
        report.Elapsed = clock.Elapsed;
        return report;
    }

    /// <summary>One iteration with the configured strategy and <paramref name="seed"/>.</summary>
    public IterationResult RunIteration(ulong seed)
    {
        _strategy ??= _config.CreateStrategy();
        _strategy.PrepareIteration(seed);
        return Execute(_strategy, seed, _config.MaxSchedulingSteps);
    }

    /// <summary>Replays <paramref name="trace"/>; a divergence is the iteration's bug ("not reproducible at step N").</summary>
    public IterationResult Replay(ExecutionTrace trace)
    {
        var replay = new ReplayStrategy(trace);
        replay.PrepareIteration(trace.Seed);
        var r = Execute(replay, trace.Seed, trace.MaxSteps);
        if (r.Bug is null && replay.Position < trace.Steps.Count)
        {
            string bug = $"not reproducible at step {r.Steps}: the execution ended, the trace has {trace.Steps.Count} steps";
            r = r with { Bug = bug, BugDetails = bug };
        }
        return r;
    }

    private IterationResult Execute(ISchedulingStrategy strategy, ulong seed, int maxSteps)
    {
        var scheduler = new ControlledScheduler(strategy, maxSteps, _config.FailOnMaxSteps, _config.LeakedThreadsAreBugs);
        var main = new Thread(() =>
        {
            var handle = scheduler.AttachCurrentThread("MainThread");
            try
            {
                _test(scheduler);
            }
            catch (ExecutionCanceledException)
            {
            }
            catch (Exception e)
            {
                scheduler.ReportUnhandled(handle, e);
            }
            finally
            {
                scheduler.DetachCurrentThread();
            }
        }, _config.MainThreadStackBytes) { IsBackground = true, Name = "controlled-main" };
        main.Start();
        if (!main.Join(_config.IterationTimeout))
        {
            scheduler.Cancel($"Potential deadlock: the iteration made no progress for {_config.IterationTimeout.TotalSeconds} s "
                             + "(a thread blocked outside the scheduler's control?)", isBug: true);
            main.Join(TimeSpan.FromSeconds(5));
        }
        if (!scheduler.WaitForThreads(TimeSpan.FromSeconds(10)))
            scheduler.Cancel("Threads did not end after the iteration was canceled", isBug: true);

        var steps = new List<string>(scheduler.Steps.Count);
        foreach (var s in scheduler.Steps) steps.Add(s.ToString());
        string? bug = scheduler.Bug;
        var trace = new ExecutionTrace(strategy.Description, seed, maxSteps, steps, bug);
        return new IterationResult(seed, trace, bug, scheduler.BugDetails, scheduler.HitMaxSteps, scheduler.StopReason);
    }
}
