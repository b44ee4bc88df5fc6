// Python threads in the interpreter: the GIL taken by the main thread and by each thread, signals that
// wake the main thread out of blocking waits (what Ctrl-C does), finalization that stops daemon
// threads, instruction counting, and the scheduler's cancellation passing through the eval loop.
namespace GilRuntime.Unit.Runtime;

using System.Diagnostics;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;
using Xunit;

public class ThreadsTests
{
    private sealed class Run
    {
        public readonly StringWriter Out = new();
        public readonly StringWriter Err = new();
        public Interpreter Interp = null!;
        public int Status = -1;
    }

    /// <summary>Runs <paramref name="source"/> as __main__ on a fresh thread; <paramref name="during"/> runs beside it.</summary>
    private static Run Exec(string source, Action<Interpreter>? during = null, int timeoutMs = 20000)
    {
        var r = new Run();
        r.Interp = new Interpreter(new InterpreterOptions { Argv = ["t.py"], Stdout = r.Out, Stderr = r.Err, Stdin = new StringReader("") });
        var t = new Thread(() => r.Status = r.Interp.RunString(source, "<string>"), 64 * 1024 * 1024);
        t.Start();
        during?.Invoke(r.Interp);
        Assert.True(t.Join(timeoutMs), "the program did not finish");
        return r;
    }

    [Fact]
    public void LockProtectedIncrementsFromManyThreadsAddUp()
    {
        var r = Exec("""
import _thread
lock = _thread.allocate_lock()
done = _thread.allocate_lock()
done.acquire()
state = {"n": 0, "left": 20}
def work():
    for _ in range(2000):
        with lock:
            state["n"] += 1
    with lock:
        state["left"] -= 1
        if state["left"] == 0:
            done.release()
for _ in range(20):
    _thread.start_new_thread(work, ())
done.acquire()
print(state["n"], _thread._count() >= 0)
""");
        Assert.Equal("", r.Err.ToString());
        Assert.Equal("40000 True\n", r.Out.ToString());
        Assert.Equal(0, r.Status);
    }

    [Fact]
    public void SignalWakesMainThreadBlockedInLockAcquire()
    {
        var sw = Stopwatch.StartNew();
        var r = Exec("""
import _thread
lock = _thread.allocate_lock()
lock.acquire()
print("waiting", flush=True)
lock.acquire()
print("not reached")
""", interp => { WaitForOutput(interp); interp.TripSignal(2); });
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Equal("waiting\n", r.Out.ToString());
        Assert.Contains("KeyboardInterrupt", r.Err.ToString());
        Assert.Equal(130, r.Status);
    }

    [Fact]
    public void SignalWakesMainThreadFromSleepAndHandlerCanCatchIt()
    {
        var sw = Stopwatch.StartNew();
        var r = Exec("""
import time
print("waiting", flush=True)
try:
    time.sleep(60)
except KeyboardInterrupt:
    print("interrupted")
""", interp => { WaitForOutput(interp); interp.TripSignal(2); });
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Equal("waiting\ninterrupted\n", r.Out.ToString());
        Assert.Equal(0, r.Status);
    }

    [Fact]
    public void SignalInterruptsSpinningMainThread()
    {
        var r = Exec("""
print("spinning", flush=True)
n = 0
try:
    while True:
        n += 1
except KeyboardInterrupt:
    print("stopped", n > 0)
""", interp => { WaitForOutput(interp); interp.TripSignal(2); });
        Assert.Equal("spinning\nstopped True\n", r.Out.ToString());
    }

    [Fact]
    public void ThreadsNeverRunPythonCodeAfterTheMainThreadFinished()
    {
        var r = Exec("""
import _thread, time
box = []
def late():
    time.sleep(0.2)
    box.append(1)
    print("late thread ran")
def spin():
    while True:
        box.append(2)
        box.clear()
_thread.start_new_thread(late, ())
_thread.start_new_thread(spin, ())
print("main done")
""");
        Thread.Sleep(500);
        Assert.Equal("main done\n", r.Out.ToString());
        Assert.Equal(0, r.Status);
        // Both threads ended at their next GIL acquire: only the main thread's state is left.
        for (int i = 0; i < 100 && r.Interp.Threads.Count > 1; i++) Thread.Sleep(20);
        Assert.True(r.Interp.Threads.Count == 1, $"holder={r.Interp.Gil!.Holder?.Name} count={r.Interp.Threads.Count} " + string.Join(",", r.Interp.Threads.Select(t => $"{t.GilThread?.Name}:{t.MustExit}")));
    }

    [Fact]
    public void InstructionsAreCounted()
    {
        var r = Exec("""
def f():
    for i in range(10000):
        pass
f()
""");
        // FOR_ITER, STORE_FAST and JUMP_BACKWARD per iteration at least.
        Assert.True(r.Interp.MainThread.InstructionsExecuted >= 30000, r.Interp.MainThread.InstructionsExecuted.ToString());
    }

    [Fact]
    public void SchedulerCancellationPassesThroughTheEvalLoop()
    {
        var interp = new Interpreter(new InterpreterOptions { Argv = ["t.py"], Stdout = new StringWriter(), Stderr = new StringWriter() });
        interp.Builtins.SetItem(PyStr.Intern("cancel_run"), new PyBuiltinFunction("cancel_run",
            static (a, k) => throw new GilRuntime.Threading.Scheduling.TestCancellation()));
        Exception? caught = null;
        var t = new Thread(() =>
        {
            try { interp.RunString("try:\n    cancel_run()\nexcept BaseException:\n    print('caught')\n"); }
            catch (Exception e) { caught = e; }
        });
        t.Start();
        t.Join();
        Assert.IsType<GilRuntime.Threading.Scheduling.TestCancellation>(caught);
    }

    private static void WaitForOutput(Interpreter interp)
    {
        var w = (StringWriter)interp.Options.Stdout;
        for (int i = 0; i < 1000; i++)
        {
            string s;
            lock (w) s = w.ToString();
            if (s.Length > 0) break;
            Thread.Sleep(10);
        }
        Thread.Sleep(100); // let it enter the wait
    }

    [Fact]
    public void WorkersRunTheModuleBodyEachInItsOwnMainNamespace()
    {
        var r = new Run();
        r.Interp = new Interpreter(new InterpreterOptions { Argv = ["w.py"], Stdout = r.Out, Stderr = r.Err, Stdin = new StringReader("") });
        var source = """
import sys, _thread
shared = sys.__dict__.setdefault("shared", [])
assert "mine" not in globals()
mine = _thread._get_name()
shared.append((__name__, mine))
if len(shared) == 3:
    print(sorted(shared))
""";
        var t = new Thread(() => r.Status = r.Interp.RunInWorkers(source, "<string>", 3), 64 * 1024 * 1024);
        t.Start();
        Assert.True(t.Join(20000));
        Assert.Equal("", r.Err.ToString());
        Assert.Equal("[('__main__', 'Worker-0'), ('__main__', 'Worker-1'), ('__main__', 'Worker-2')]\n", r.Out.ToString());
        Assert.Equal(0, r.Status);
    }

    [Fact]
    public void AFailingWorkerMakesTheStatusNonZero()
    {
        var r = new Run();
        r.Interp = new Interpreter(new InterpreterOptions { Argv = ["w.py"], Stdout = r.Out, Stderr = r.Err, Stdin = new StringReader("") });
        var source = """
import sys
n = sys.__dict__.setdefault("n", [0])
n[0] += 1
if n[0] == 2:
    raise ValueError("second worker fails")
""";
        var t = new Thread(() => r.Status = r.Interp.RunInWorkers(source, "<string>", 4), 64 * 1024 * 1024);
        t.Start();
        Assert.True(t.Join(20000));
        Assert.Equal(1, r.Status);
        var err = r.Err.ToString();
        Assert.Contains("ValueError: second worker fails", err);
        Assert.Single(err.Split("Traceback").Skip(1));
    }

    [Fact]
    public void CommandLineThreadsOption()
    {
        var dir = Path.Combine(Path.GetTempPath(), "gilrun-threads-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "w.py"), "import _thread, sys\nsys.stdout.write(f\"{__name__} {_thread._get_name().startswith('Worker-')}\\n\")\n");
        // One write per worker: print's pieces (argument, separator, end) may interleave between
        // threads, in CPython too.
        var output = GilrunProcess.Run(dir, "--threads 3 w.py");
        Assert.Equal("__main__ True\n__main__ True\n__main__ True\n", output);
        Assert.Contains("[exit status 2]", GilrunProcess.Run(dir, "--threads 0 w.py"));
        Assert.Contains("--gil-policy: unknown policy 'nope'", GilrunProcess.Run(dir, "--gil-policy nope w.py"));
        var stats = GilrunProcess.Run(dir, "--gil-stats --gil-policy fair --switch-interval 0.001 w.py");
        Assert.StartsWith("__main__ False\n", stats); // one run, in MainThread
        Assert.Contains("policy fair", stats);
    }
}
