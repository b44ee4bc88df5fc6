// Uncontended GIL take + drop for each policy (acceptance: at most 50 ns), with the statistics on as
// in production. FastPath=false measures the mutex/condition path through the scheduler's primitives,
// which is what every operation costs under the controlled scheduler.
// Run: dotnet run -c Release --project benchmarks -- --filter '*GilBenchmarks*' (in process: a take+drop pair
// touches no process-wide state, and the acceptance figure was taken this way)
namespace GilRuntime.Benchmarks;

using BenchmarkDotNet.Attributes;
using GilRuntime.Threading;
using GilRuntime.Threading.Gil;
using GilRuntime.Threading.Scheduling;

[InProcess]
public class GilBenchmarks
{
    private IGil _gil = null!;
    private GilThread _thread = null!;

    [Params("cpython", "legacy", "fair")]
    public string Policy { get; set; } = "cpython";

    [Params(true, false)]
    public bool FastPath { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var scheduler = new OsScheduler();
        _gil = GilFactory.Create(new GilOptions { Policy = Policy, FastPath = FastPath }, scheduler, new EvalBreaker());
        _thread = new GilThread(scheduler.AttachCurrentThread("bench"), "bench", isMain: true);
    }

    [Benchmark(OperationsPerInvoke = 16)]
    public void TakeDrop()
    {
        var gil = _gil;
        var t = _thread;
        for (int i = 0; i < 16; i++)
        {
            gil.Take(t);
            gil.Drop(t, GilDropKind.Voluntary);
        }
    }
}
