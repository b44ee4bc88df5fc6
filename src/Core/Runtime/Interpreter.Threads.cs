// The interpreter's threads (CPython's pystate.c/_threadmodule.c thread_run and pylifecycle.c's
// finalization): the list of thread states, starting a Python thread on the scheduler, the GIL taken by
// a thread before it runs Python code and dropped when it ends, Py_FinalizeEx's order (wait for
// threading's non-daemon threads, then make every other thread exit at its next GIL acquire), and
// signals, which only the main thread handles.
namespace GilRuntime.Core.Runtime;

using System.Runtime.InteropServices;
using GilRuntime.Core.Objects;
using GilRuntime.Threading;
using GilRuntime.Threading.Gil;
using GilRuntime.Threading.Scheduling;

public sealed partial class Interpreter
{
    private readonly List<ThreadState> _threads = [];
    private int _startedThreads;
    private int _pythonThreadCount;
    private int _pendingSignals;
    private int _signalWake;

    /// <summary>The scheduler every thread start, GIL hand-off and blocking wait goes through.</summary>
    public IScheduler Scheduler { get; }

    /// <summary>
    /// Stack of a new thread: deep enough for the default recursion limit through the VM's .NET
    /// frames (the recursion limit, not the OS, stops runaway recursion). _thread.stack_size changes it.
    /// </summary>
    public const int DefaultThreadStackBytes = 16 * 1024 * 1024;

    /// <summary>_thread.stack_size(): 0 means the default.</summary>
    public int ThreadStackBytes { get; set; }

    /// <summary>The value last given to _thread.stack_size (what it reports back).</summary>
    public long RequestedStackSize { get; set; }

    /// <summary>_thread.start_new_thread's return value: the new thread's get_ident().</summary>
    public long ThreadIdentOf(ScheduledThread st) => IdentFor(st);

    /// <summary>_thread._count(): threads started through _thread that have not ended.</summary>
    public int PythonThreadCount => Volatile.Read(ref _pythonThreadCount);

    /// <summary>
    /// The interruption predicate of the main thread's blocking waits: a real signal arrived (EINTR).
    /// A simulated one (_thread.interrupt_main) does not cut a wait short, as in CPython.
    /// </summary>
    public Func<bool> SignalPending { get; }

    private bool IsSignalPending() => Volatile.Read(ref _signalWake) != 0;

    /// <summary>The _thread.get_ident value for a thread: stable small numbers under a controlled scheduler.</summary>
    private long IdentFor(ScheduledThread st) =>
        Scheduler.IsControlled ? st.Serial + 1 : st.OsThread?.ManagedThreadId ?? Environment.CurrentManagedThreadId;

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int SysGettid();

    private static bool s_noGettid;

    private long NativeIdFor(ScheduledThread st)
    {
        if (Scheduler.IsControlled || s_noGettid || !OperatingSystem.IsLinux()) return IdentFor(st);
        try { return SysGettid(); }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            s_noGettid = true;
            return IdentFor(st);
        }
    }

    /// <summary>
    /// Makes <paramref name="ts"/> (bound to the calling thread) hold the GIL: registers the thread with
    /// the scheduler if needed, gives it a GilThread and takes the GIL. A thread state that already has
    /// a GilThread holds the GIL whenever it runs Python code; returns false then.
    /// </summary>
    internal bool EnsureGil(ThreadState ts)
    {
        if (ts.GilThread is not null || Gil is not { } gil) return false;
        var st = Scheduler.CurrentThread;
        if (st is null)
        {
            st = Scheduler.AttachCurrentThread(ts.IsMain ? "MainThread" : "Dummy");
            ts.DetachOnFinalize = true;
        }
        ts.ThreadId = IdentFor(st);
        ts.NativeId = NativeIdFor(st);
        var g = new GilThread(st, ts.IsMain ? "MainThread" : st.Name, ts.IsMain);
        gil.Take(g);
        ts.GilThread = g;
        return true;
    }

    /// <summary>The calling thread's state holds the GIL from now on (hosts that run code without RunFile and then start threads).</summary>
    public void EnsureCurrentThreadHoldsGil() => EnsureGil(ThreadState.Current);

    /// <summary>
    /// Starts a Python thread: a new ThreadState on a new scheduler thread that takes the GIL, runs
    /// <paramref name="body"/> and, whatever happens, releases its sentinel locks, leaves the thread
    /// list and drops the GIL (CPython: thread_run). The caller holds the GIL. A body must catch the
    /// Python exceptions it wants reported; anything escaping is reported here as unraisable.
    /// </summary>
    public ScheduledThread StartThread(string name, Action<ThreadState> body, bool countAsPythonThread = true)
    {
        EnsureGil(ThreadState.Current);
        var ts = new ThreadState(this);
        lock (_threads) _threads.Add(ts);
        if (countAsPythonThread) Interlocked.Increment(ref _pythonThreadCount);
        int stack = ThreadStackBytes > 0 ? ThreadStackBytes : DefaultThreadStackBytes;
        try
        {
            return Scheduler.StartThread(name, stack, () => RunThread(ts, name, body, countAsPythonThread));
        }
        catch (OutOfMemoryException)
        {
            lock (_threads) _threads.Remove(ts);
            if (countAsPythonThread) Interlocked.Decrement(ref _pythonThreadCount);
            throw PyErr.RuntimeError("can't start new thread");
        }
    }

    /// <summary>A fresh default name for a thread started through _thread ("Thread-N" until threading renames it).</summary>
    internal string NextThreadName() => $"Thread-{Interlocked.Increment(ref _startedThreads)}";

    private void RunThread(ThreadState ts, string name, Action<ThreadState> body, bool counted)
    {
        var st = Scheduler.CurrentThread!;
        ts.ThreadId = IdentFor(st);
        ts.NativeId = NativeIdFor(st);
        var g = new GilThread(st, name, false);
        ts.GilThread = g;
        ts.Bind();
        var gil = Gil!;
        bool holding = false;
        try
        {
            gil.Take(g);
            holding = true;
            // (MustExit: finalization began while this thread was starting; it runs nothing.)
            if (!ts.MustExit)
            {
                try
                {
                    body(ts);
                }
                catch (PyException e)
                {
                    WriteUnraisable(e.Value, "Exception ignored in thread started by", null);
                }
                catch (Exception e) when (!Uncatchable.Is(e))
                {
                    WriteUnraisable(EvalLoop.TranslateClrException(e), "Exception ignored in thread started by", null);
                }
            }
        }
        catch (ThreadExitException)
        {
            holding = false; // AcquireGil dropped it before unwinding
        }
        catch (Exception e) when (Uncatchable.IsCancellation(e))
        {
            // A cancelled controlled run: leave the scheduler's primitives alone.
            RemoveThread(ts, counted);
            throw;
        }
        finally
        {
            g.Instructions = ts.InstructionsExecuted;
        }
        // PyThreadState_Clear then _PyThreadState_DeleteCurrent: release the sentinels (threading's
        // join wakes), leave the list, and drop the GIL without the forced-switch wait.
        RemoveThread(ts, counted);
        if (holding) gil.Drop(g, GilDropKind.Exit);
    }

    private void RemoveThread(ThreadState ts, bool counted)
    {
        // CPython's order: the count drops, then PyThreadState_Clear releases the sentinel.
        if (counted) Interlocked.Decrement(ref _pythonThreadCount);
        lock (_threads) _threads.Remove(ts);
        ReleaseSentinels(ts);
        ts.Frame = null;
        ts.HandledException = null;
    }

    private static void ReleaseSentinels(ThreadState ts)
    {
        if (ts.Sentinels is not { } list) return;
        ts.Sentinels = null;
        foreach (var lk in list)
            if (lk.IsLocked) lk.Release();
    }

    /// <summary>
    /// Py_FinalizeEx's wait_for_thread_shutdown: if threading was imported, its _shutdown() joins the
    /// non-daemon threads. An error there is reported as unraisable, as CPython does.
    /// </summary>
    internal void WaitForThreadShutdown()
    {
        if (!Modules.TryGetValue(PyStr.Intern("threading"), out var threading)) return;
        try
        {
            var shutdown = threading.LookupAttr(PyStr.Intern("_shutdown"));
            shutdown?.Call([], null);
        }
        catch (PyException e)
        {
            WriteUnraisable(e.Value, "Exception ignored in", threading);
        }
    }

    /// <summary>
    /// The main thread is done: every other thread ends when it next takes the GIL (so daemon threads
    /// never run Python code again), then the main thread drops the GIL and leaves the scheduler.
    /// </summary>
    private void Finalize(ThreadState main)
    {
        lock (_threads)
            foreach (var t in _threads)
                if (!ReferenceEquals(t, main)) t.MustExit = true;
        if (main.GilThread is { } g)
        {
            g.Instructions = main.InstructionsExecuted;
            Gil?.Drop(g, GilDropKind.Exit);
            main.GilThread = null;
        }
        ReleaseSentinels(main);
        if (main.DetachOnFinalize)
        {
            main.DetachOnFinalize = false;
            Scheduler.DetachCurrentThread();
        }
    }

    // ---- signals ------------------------------------------------------------------------------------

    /// <summary>
    /// A signal arrived (Ctrl-C's SIGINT, _thread.interrupt_main): the main thread handles it at its
    /// next eval-breaker poll; a real signal (<paramref name="interruptWaits"/>) also wakes it from
    /// the blocking wait it is in. Safe to call from any OS thread.
    /// </summary>
    public void TripSignal(int signum, bool interruptWaits = true)
    {
        int old;
        do old = _pendingSignals; while (Interlocked.CompareExchange(ref _pendingSignals, old | (1 << (signum & 31)), old) != old);
        EvalBreaker.Set(EvalBreakerBits.SignalsPending);
        if (!interruptWaits) return;
        Volatile.Write(ref _signalWake, 1);
        _mainThread.CurrentWait?.Interrupt();
    }

    /// <summary>
    /// Python-level handlers by signal number (the signal module installs them); a missing SIGINT entry
    /// means default_int_handler (raise KeyboardInterrupt).
    /// </summary>
    public Dictionary<int, PyObject> SignalHandlers { get; } = new();

    /// <summary>PyErr_CheckSignals on the main thread: runs the handlers of the pending signals (the default SIGINT one raises KeyboardInterrupt).</summary>
    public void HandleSignals(ThreadState ts)
    {
        if (!ts.IsMain) return;
        EvalBreaker.Clear(EvalBreakerBits.SignalsPending);
        Volatile.Write(ref _signalWake, 0);
        int pending = Interlocked.Exchange(ref _pendingSignals, 0);
        if (pending == 0) return;
        for (int sig = 1; sig < 32; sig++)
        {
            if ((pending & (1 << sig)) == 0) continue;
            if (SignalHandlers.TryGetValue(sig, out var handler))
            {
                if (handler is PyInt) continue; // SIG_IGN / SIG_DFL set from Python
                handler.Call([PyInt.From(sig), (PyObject?)ts.Frame ?? Py.None], null);
            }
            else if (sig == 2)
            {
                throw PyErr.New(ExceptionTypes.KeyboardInterrupt, System.Array.Empty<PyObject>());
            }
        }
    }

    // ---- unraisable exceptions ----------------------------------------------------------------------

    /// <summary>
    /// sys.unraisablehook's default output: "MESSAGE: repr(obj)" (or just the message), then the
    /// traceback and the exception line, without the chain (CPython: write_unraisable_exc_file). Used for exceptions nothing can catch (a _thread thread's function, shutdown).
    /// </summary>
    public void WriteUnraisable(PyBaseException exc, string message, PyObject? obj)
    {
        if (exc.Traceback is null && ThreadState.CurrentOrNull?.Frame is { } current)
            exc.Traceback = new PyTraceback(null, current.MarkEscaped(), Math.Max(current.LastI, 0));
        // A Python-level sys.unraisablehook gets the UnraisableHookArgs; the builtin one prints below.
        if (SysModule.Dict.GetValueOrNull(PyStr.Intern("unraisablehook")) is { } hook
            && !ReferenceEquals(hook, SysModule.Dict.GetValueOrNull(PyStr.Intern("__unraisablehook__"))))
        {
            try
            {
                hook.Call([global::GilRuntime.Core.Modules.UnraisableHook.MakeArgs(exc, message == "Exception ignored in" ? null : message, obj)], null);
                return;
            }
            catch (PyException e)
            {
                exc = e.Value;
                message = "Exception ignored in sys.unraisablehook";
                obj = hook;
            }
        }
        WriteUnraisableDefault(exc, message, obj);
    }

    /// <summary>The builtin sys.unraisablehook's output.</summary>
    internal void WriteUnraisableDefault(PyBaseException exc, string message, PyObject? obj)
    {
        FlushStdout();
        string header = message;
        if (obj is not null)
        {
            try { header += ": " + Ops.Repr(obj); }
            catch (PyException) { header += ": <object repr() failed>"; }
        }
        // The default hook prints the exception's own traceback and line, never its __context__ chain.
        var sb = new System.Text.StringBuilder(header).Append('\n');
        TracebackPrinter.FormatOne(sb, exc);
        WriteStderr(sb.ToString());
    }
}
