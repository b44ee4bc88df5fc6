// Whole Python programs under the controlled scheduler: the interpreter's threads, its GIL and its
// blocking calls all go through the scheduler, so a seed fixes the interleaving. Two seeds give two
// different interleavings of the same threaded script, and each seed reproduces its own exactly.
namespace GilRuntime.Coyote.Python;

using GilRuntime.Core.Runtime;
using GilRuntime.Threading.Scheduling;
using GilRuntime.Threading.Scheduling.Testing;
using Xunit;

public class ControlledPythonTests
{
    // Two threads append to one list, print as they go, and the main thread prints the merged list.
    // The short switch interval keeps timed GIL waits (each one a timer choice) short in virtual time.
    internal const string InterleavingSource = Interleaving;

    private const string Interleaving = """
import sys
import threading
import time

sys.setswitchinterval(0.0001)
out = []
go = threading.Event()

def worker(name):
    go.wait()
    for i in range(5):
        out.append(name + str(i))
        print(name, i, "at", round(time.monotonic() - start, 6))

start = time.monotonic()
threads = [threading.Thread(target=worker, args=(n,), name="T" + n) for n in "AB"]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()
print("merged:", " ".join(out))
print(threading.active_count(), [t.name for t in threads])
""";

    /// <summary>Runs <paramref name="source"/> as __main__ under the controlled scheduler with <paramref name="seed"/>.</summary>
    internal static (string Output, IterationResult Result) Run(string source, ulong seed, string strategy = "random")
    {
        string output = "";
        var engine = TestingEngine.Create(
            Configuration.Create().WithStrategy(strategy).WithMaxSchedulingSteps(2_000_000), scheduler =>
            {
                var writer = new StringWriter();
                var interp = new Interpreter(new InterpreterOptions
                {
                    Argv = ["t.py"], Scheduler = scheduler, Stdout = writer, Stderr = writer,
                    Stdin = new StringReader(""), PythonPath = null,
                });
                int status = interp.RunString(source, "t.py");
                output = writer + $"[exit {status}]\n";
            });
        var result = engine.RunIteration(seed);
        return (output, result);
    }

    [Fact]
    public void TwoSeedsGiveTwoInterleavingsEachReproducedExactly()
    {
        var outputs = new Dictionary<string, ulong>();     // output -> first seed that printed it
        var orders = new HashSet<string>();                // distinct merged lists
        for (ulong seed = 0; seed < 40 && orders.Count < 2; seed++)
        {
            var (output, result) = Run(Interleaving, seed);
            Assert.True(result.Bug is null, result.BugDetails);
            Assert.EndsWith("1 ['TA', 'TB']\n[exit 0]\n", output);
            // Every interleaving keeps each thread's own order and loses nothing.
            var merged = output.Split('\n').Single(l => l.StartsWith("merged: ", StringComparison.Ordinal))["merged: ".Length..];
            var items = merged.Split(' ');
            Assert.Equal(10, items.Length);
            Assert.Equal(["A0", "A1", "A2", "A3", "A4"], items.Where(x => x[0] == 'A'));
            Assert.Equal(["B0", "B1", "B2", "B3", "B4"], items.Where(x => x[0] == 'B'));
            if (orders.Add(merged)) outputs.TryAdd(output, seed);
        }
        Assert.True(orders.Count >= 2, "40 seeds gave a single interleaving");

        foreach (var (output, seed) in outputs)
        {
            var (again, result) = Run(Interleaving, seed);
            Assert.Equal(output, again);
            Assert.Null(result.Bug);
        }
    }

    [Fact]
    public void ATraceReplaysTheScript()
    {
        var (output, result) = Run(Interleaving, 3);
        Assert.Equal(output, Replay(Interleaving, result.Trace));
    }

    /// <summary>Runs <paramref name="source"/> again under a replay of <paramref name="trace"/>, after a JSON round trip (as a saved trace would be).</summary>
    internal static string Replay(string source, ExecutionTrace trace)
    {
        string? replayed = null;
        var replay = TestingEngine.Create(Configuration.Create(), scheduler =>
        {
            var writer = new StringWriter();
            var interp = new Interpreter(new InterpreterOptions
            {
                Argv = ["t.py"], Scheduler = scheduler, Stdout = writer, Stderr = writer,
                Stdin = new StringReader(""), PythonPath = null,
            });
            int status = interp.RunString(source, "t.py");
            replayed = writer + $"[exit {status}]\n";
        }).Replay(ExecutionTrace.FromJson(trace.ToJson()));
        Assert.Null(replay.Bug);
        return replayed!;
    }

    [Fact]
    public void APythonDeadlockIsReported()
    {
        const string deadlock = """
import threading
a = threading.Lock()
b = threading.Lock()
def work():
    pass
# A call between the two acquires is a check site, where the GIL can change hands (two nested
# `with` on C locks have none, so under a GIL they cannot interleave, as in CPython).
def ab():
    with a:
        work()
        with b:
            pass
def ba():
    with b:
        work()
        with a:
            pass
go = threading.Event()
def run(f):
    go.wait()
    f()
ts = [threading.Thread(target=run, args=(f,)) for f in (ab, ba)]
for t in ts: t.start()
go.set()
for t in ts: t.join()
print("done")
""";
        string? bug = null;
        for (ulong seed = 0; seed < 100 && bug is null; seed++)
            bug = Run(deadlock, seed).Result.Bug;
        Assert.NotNull(bug);
        Assert.StartsWith("Deadlock detected: ", bug);
    }

    [Fact]
    public void DaemonThreadsAreCanceledWhenTheMainThreadEnds()
    {
        const string daemon = """
import threading
import time
ticks = []
def forever():
    while True:
        ticks.append(1)
        time.sleep(0.01)
threading.Thread(target=forever, daemon=True).start()
time.sleep(0.05)
print("main done", len(ticks) > 0)
""";
        for (ulong seed = 0; seed < 5; seed++)
        {
            var (output, result) = Run(daemon, seed);
            Assert.Equal("main done True\n[exit 0]\n", output);
            Assert.Null(result.Bug);
            Assert.StartsWith("the main thread ended while t1 ", result.StopReason);
        }
    }
}
