// Per-OS-thread interpreter state (CPython's PyThreadState): the running frame chain, the exception
// being handled (sys.exc_info), the Python recursion depth and the thread id. Several ThreadStates
// share one Interpreter; the current one is found through a [ThreadStatic] field.
namespace GilRuntime.Core.Runtime;

using GilRuntime.Core.Objects;

public sealed class ThreadState
{
    [ThreadStatic] private static ThreadState? t_current;

    public Interpreter Interpreter { get; }
    /// <summary>The interpreter's eval breaker, cached for the eval loop's prologue.</summary>
    internal readonly GilRuntime.Threading.EvalBreaker Breaker;
    /// <summary>The innermost running frame; its Back chain is the call stack.</summary>
    public Frame? Frame;
    /// <summary>The exception being handled (the top of CPython's exc_info stack), or null.</summary>
    public PyBaseException? HandledException;
    /// <summary>Function frames recycled between calls (see FramePool).</summary>
    internal readonly FramePool Frames = new();
    /// <summary>Python frames currently on this thread.</summary>
    public int RecursionDepth;
    public long ThreadId { get; }

    /// <summary>This thread as the GIL sees it; null while the interpreter runs without a GIL.</summary>
    public GilRuntime.Threading.Gil.GilThread? GilThread;

    /// <summary>Py_BEGIN_ALLOW_THREADS: lets other threads run Python code while this one blocks.</summary>
    public void ReleaseGil()
    {
        if (GilThread is { } g) Interpreter.Gil?.Drop(g, GilRuntime.Threading.Gil.GilDropKind.Voluntary);
    }

    /// <summary>Py_END_ALLOW_THREADS: waits for the GIL again after a blocking call.</summary>
    public void AcquireGil()
    {
        if (GilThread is { } g) Interpreter.Gil?.Take(g);
    }

    public ThreadState(Interpreter interpreter)
    {
        Interpreter = interpreter;
        Breaker = interpreter.EvalBreaker;
        ThreadId = Environment.CurrentManagedThreadId;
    }

    /// <summary>The ThreadState bound to the calling OS thread.</summary>
    public static ThreadState Current =>
        t_current ?? throw new InvalidOperationException("no Python thread state is bound to this thread");

    public static ThreadState? CurrentOrNull => t_current;

    /// <summary>Binds this state to the calling thread; returns the previous one to restore.</summary>
    public ThreadState? Bind()
    {
        var prev = t_current;
        t_current = this;
        return prev;
    }

    internal static void Restore(ThreadState? prev) => t_current = prev;
}
