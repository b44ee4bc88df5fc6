// Helpers for the OS-level GIL tests: real threads, each with its own GilThread, driving a GIL the way
// the eval loop does (count instructions, poll the breaker, answer drop requests).
namespace GilRuntime.Unit.Threading;

using GilRuntime.Threading;
using GilRuntime.Threading.Gil;
using GilRuntime.Threading.Scheduling;
using Xunit;

/// <summary>The timing tests run alone, after the parallel ones, so other tests do not steal their CPUs.</summary>
[CollectionDefinition("GilTiming", DisableParallelization = true)]
public sealed class GilTimingCollection { }

internal sealed class GilHarness
{
    public readonly OsScheduler Scheduler = new();
    public readonly EvalBreaker Breaker = new();
    public readonly IGil Gil;
    private int _serial;

    public GilHarness(string policy, long intervalUs = 5000, int checkInterval = 100, bool trace = false)
    {
        Gil = GilFactory.Create(new GilOptions
        {
            Policy = policy, IntervalMicroseconds = intervalUs, CheckInterval = checkInterval, RecordTrace = trace,
        }, Scheduler, Breaker);
    }

    /// <summary>Starts a thread that owns a fresh GilThread and runs <paramref name="body"/> with it.</summary>
    public ScheduledThread Start(string name, Action<GilThread> body)
    {
        Exception? failure = null;
        var handle = Scheduler.StartThread(name, 0, () =>
        {
            var t = new GilThread(Scheduler.CurrentThread!, name, isMain: false);
            try { body(t); }
            catch (Exception e) { failure = e; }
        });
        _threads.Add((handle, () => failure));
        return handle;
    }

    private readonly List<(ScheduledThread Handle, Func<Exception?> Failure)> _threads = new();

    public void JoinAll()
    {
        foreach (var (h, failure) in _threads)
        {
            Assert.True(h.WaitFinished(TimeSpan.FromSeconds(10)), $"thread {h.Name} did not finish");
            if (failure() is { } e) throw new Xunit.Sdk.XunitException($"thread {h.Name} failed: {e}");
        }
    }

    /// <summary>A GilThread for the calling (test) thread.</summary>
    public GilThread Attach(string name) =>
        new(new ScheduledThread(1000 + Interlocked.Increment(ref _serial), name, Thread.CurrentThread), name, isMain: true);

    /// <summary>
    /// The eval loop's shape: take the GIL, run "instructions" and poll the breaker after each batch until
    /// <paramref name="stop"/> is set, then release for good.
    /// </summary>
    public void Spin(GilThread t, Func<bool> stop, int batch = 20)
    {
        Gil.Take(t);
        while (!stop())
        {
            t.Instructions += batch;
            if (Breaker.IsSet) Gil.OnBreakerPoll(t);
        }
        Gil.Drop(t, GilDropKind.Exit);
    }
}
