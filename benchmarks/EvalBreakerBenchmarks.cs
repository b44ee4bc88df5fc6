// Acceptance 5 (second half): the eval loop's polling of the eval breaker (at RESUME, backward jumps
// and after calls) and its per-instruction counter cost at most 3 % of a bytecode loop. The
// environment variable GILRUN_NO_EVAL_BREAKER=1 sets the static readonly flag EvalLoop reads once, so
// the JIT drops the checks and the counter from the compiled loop. The two variants are two jobs, each
// its own process (the variable is read once per process):
//
//     dotnet run -c Release --project benchmarks -- --filter '*EvalBreaker*'
namespace GilRuntime.Benchmarks;

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using GilRuntime.Core.Runtime;

[Config(typeof(PollingConfig))]
public class EvalBreakerBenchmarks
{
    private sealed class PollingConfig : ManualConfig
    {
        public PollingConfig()
        {
            var job = Job.Default.WithWarmupCount(5).WithIterationCount(20);
            AddJob(job.WithId("Polling").AsBaseline());
            AddJob(job.WithId("NoPolling").WithEnvironmentVariables(new EnvironmentVariable("GILRUN_NO_EVAL_BREAKER", "1")));
        }
    }

    // Backward jumps dominate: one poll per iteration of a short loop body.
    private const string Loop = """
        def f():
            total = 0
            i = 0
            while i < 2000000:
                total += i & 7
                i += 1
            return total
        f()
        """;

    // Calls: a poll at each callee's RESUME and after each call.
    private const string Calls = """
        def add(a, b):
            return a + b
        def f():
            x = 0
            for i in range(500000):
                x = add(x, i)
            return x
        f()
        """;

    private static int Run(string source)
    {
        var interp = new Interpreter(new InterpreterOptions { Argv = ["-c"], Stdout = TextWriter.Null, Stderr = TextWriter.Null });
        return interp.RunString(source, "<bench>");
    }

    [Benchmark] public int WhileLoop() => Run(Loop);
    [Benchmark] public int PythonCalls() => Run(Calls);
}
