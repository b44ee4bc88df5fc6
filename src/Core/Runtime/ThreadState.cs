// Per-OS-thread interpreter state (CPython's PyThreadState): the running frame chain, the exception
// being handled (sys.exc_info), the Python recursion depth, the thread id, and this thread as the GIL
// sees it. Several ThreadStates share one Interpreter; the current one is found through a
// [ThreadStatic] field. Everything here is touched by its own thread only, except the fields marked
// otherwise (read by others under the GIL, or written by the signal path).
namespace GilRuntime.Core.Runtime;

using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

using GilRuntime.Core.Objects;
using GilRuntime.Threading.Gil;
using GilRuntime.Threading.Sync;

public sealed class ThreadState
{
    [ThreadStatic] private static ThreadState? t_current;

    public Interpreter Interpreter { get; }
    /// <summary>The interpreter's eval breaker, cached for the eval loop's prologue.</summary>
    internal readonly GilRuntime.Threading.EvalBreaker Breaker;
    /// <summary>The innermost running frame; its Back chain is the call stack (sys._current_frames reads it under the GIL).</summary>
    public Frame? Frame;
    /// <summary>
    /// The exception being handled by the innermost frame (CPython's tstate->exc_info->exc_value), or
    /// null. While a generator runs this is the generator's own item (gi_exc_state), and the items of
    /// the frames that resumed it wait in <see cref="_excOuter"/>: read <see cref="TopmostHandled"/>
    /// for what sys.exc_info(), a bare raise and implicit chaining see.
    /// </summary>
    public PyBaseException? HandledException;
    /// <summary>The exc_info items of the resumers of the running generators (previous_item links), innermost last.</summary>
    private PyBaseException?[] _excOuter = new PyBaseException?[8];
    private int _excOuterDepth;

    /// <summary>sys.set_asyncgen_hooks: called with an async generator on its first iteration, or null.</summary>
    public PyObject? AsyncGenFirstIter;
    /// <summary>sys.set_asyncgen_hooks: remembered by each async generator at its first iteration, called to finalize it, or null.</summary>
    public PyObject? AsyncGenFinalizer;

    /// <summary>_PyErr_GetTopmostException: the innermost item that is handling an exception, or null.</summary>
    public PyBaseException? TopmostHandled
    {
        get
        {
            if (HandledException is { } e) return e;
            for (int i = _excOuterDepth - 1; i >= 0; i--)
                if (_excOuter[i] is { } o) return o;
            return null;
        }
    }

    /// <summary>A generator resumes: its own exc_info item (<paramref name="own"/>) goes on top of the resumer's.</summary>
    public void PushExcInfo(PyBaseException? own)
    {
        if (_excOuterDepth == _excOuter.Length) System.Array.Resize(ref _excOuter, _excOuter.Length * 2);
        // This runs on every generator resume, usually with no exception anywhere: a store of null
        // needs no GC write barrier, so that case is written out; the others go through a ref, which
        // skips the covariant store check.
        ref var slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_excOuter), _excOuterDepth++);
        if (HandledException is { } outer) slot = outer;
        else slot = null;
        if (own is not null) HandledException = own;
        else HandledException = null;
    }

    /// <summary>The generator yielded, returned or raised: the resumer's item is the current one again.</summary>
    public void PopExcInfo()
    {
        ref var slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_excOuter), --_excOuterDepth);
        if (slot is { } outer)
        {
            HandledException = outer;
            slot = null;
        }
        else HandledException = null;
    }
    /// <summary>Function frames recycled between calls (see FramePool).</summary>
    internal readonly FramePool Frames = new();
    /// <summary>Python frames currently on this thread.</summary>
    public int RecursionDepth;

    /// <summary>_thread.get_ident(): the OS thread's managed id, or a stable number under a controlled scheduler.</summary>
    public long ThreadId { get; internal set; }

    /// <summary>_thread.get_native_id(): the kernel's thread id where it can be read.</summary>
    public long NativeId { get; internal set; }

    /// <summary>True for the interpreter's main thread (the one that handles signals).</summary>
    public bool IsMain { get; internal set; }

    /// <summary>This thread as the GIL sees it; null while the thread runs without the GIL (single-threaded hosts).</summary>
    public GilThread? GilThread;

    /// <summary>
    /// Bytecodes executed on this thread, as far as its frames have added their counts (Frame.Instructions,
    /// at eval-breaker polls and frame exits); copied to GilThread.Instructions at each poll and release.
    /// </summary>
    public long InstructionsExecuted;

    /// <summary>
    /// An exception raised by the bytecode itself (RAISE_VARARGS, RERAISE, END_ASYNC_FOR), handed from
    /// EvalLoop.Dispatch to EvalLoop.Execute without a .NET throw: the exception, the instruction it is
    /// unwound from, and whether that frame still needs its traceback entry.
    /// </summary>
    internal PyBaseException? DispatchRaised;
    internal int DispatchRaisedAt;
    internal bool DispatchRaisedNeedsTraceback;

    /// <summary>Set by the finalizing main thread (under the GIL): this thread must end when it next takes the GIL.</summary>
    internal volatile bool MustExit;

    /// <summary>PyThreadState_SetAsyncExc: raised in this thread at its next eval-breaker poll.</summary>
    internal volatile PyObject? AsyncException;

    /// <summary>The blocking wait this thread is in (main thread only): a signal wakes it.</summary>
    internal volatile IInterruptibleWait? CurrentWait;

    /// <summary>Locks released when this state is deleted (_thread._set_sentinel: threading's join waits on them).</summary>
    internal List<SchedLock>? Sentinels;

    /// <summary>EnsureGil attached this OS thread to the scheduler; finalization detaches it.</summary>
    internal bool DetachOnFinalize;

    private SchedParker? _parker;

    /// <summary>The interruptible sleep this thread uses (created on first use).</summary>
    internal SchedParker Parker => _parker ??= new SchedParker(Interpreter.Scheduler);

    /// <summary>Py_BEGIN_ALLOW_THREADS: lets other threads run Python code while this one blocks.</summary>
    public void ReleaseGil()
    {
        if (GilThread is { } g && Interpreter.Gil is { } gil)
        {
            g.Instructions = InstructionsExecuted;
            gil.Drop(g, GilDropKind.Voluntary);
        }
    }

    /// <summary>
    /// Py_END_ALLOW_THREADS: waits for the GIL again after a blocking call. A thread other than the
    /// main one that gets the GIL after finalization began ends here (CPython 3.11: tstate_must_exit).
    /// </summary>
    public void AcquireGil()
    {
        if (GilThread is { } g && Interpreter.Gil is { } gil)
        {
            gil.Take(g);
            if (MustExit) ExitNow(gil, g);
        }
    }

    /// <summary>Gives the GIL back and unwinds the thread without running any more Python code.</summary>
    internal static void ExitNow(IGil gil, GilThread g)
    {
        gil.Drop(g, GilDropKind.Exit);
        throw new ThreadExitException();
    }

    public ThreadState(Interpreter interpreter)
    {
        Interpreter = interpreter;
        Breaker = interpreter.EvalBreaker;
        ThreadId = Environment.CurrentManagedThreadId;
        NativeId = ThreadId;
    }

    /// <summary>The ThreadState bound to the calling OS thread.</summary>
    /// <remarks>
    /// Small enough to inline (the throw lives elsewhere), so the thread-static read is inlined too:
    /// generators and builtins ask for it on every resume or call.
    /// </remarks>
    public static ThreadState Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var ts = t_current;
            if (ts is null) ThrowUnbound();
            return ts;
        }
    }

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowUnbound() =>
        throw new InvalidOperationException("no Python thread state is bound to this thread");

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
