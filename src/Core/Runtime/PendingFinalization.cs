// Finalization of abandoned generators, coroutines and async generators (CPython's tp_finalize,
// _PyGen_Finalize) without reference counting. An object that needs it (see the Generators
// project's GenFinalizer) owns a small .NET-finalizable sentinel; when the .NET GC finds the owner
// unreachable, the sentinel's finalizer (on the GC's finalizer thread) resurrects the owner into this
// queue and raises the eval breaker's PendingFinalizers bit. The thread holding the GIL runs the
// queued finalizers at its next breaker poll, at gc.collect(), and at interpreter exit. Under a
// controlled scheduler only gc.collect() and exit drain, so a run stays a function of its seed.
//
// So finalization happens at the next collection after the last reference is dropped, not at the
// drop itself: `del g; gc.collect()` is the way to get CPython's timing in a test.
namespace GilRuntime.Core.Runtime;

using System.Collections.Concurrent;
using GilRuntime.Core.Objects;
using GilRuntime.Threading;

/// <summary>An object with a Python-level finalizer run by <see cref="PendingFinalization"/> (tp_finalize).</summary>
public interface IPyFinalizable
{
    /// <summary>Runs the finalizer on a thread holding the GIL; errors are reported as unraisable by the caller.</summary>
    void RunFinalizer();

    /// <summary>
    /// The object is known to be dropped now: cancels its pending .NET finalization and tells whether
    /// there is a finalizer to run (see <see cref="PendingFinalization.Dropped"/>).
    /// </summary>
    bool CancelSentinel();
}

public sealed class PendingFinalization
{
    private readonly Interpreter _interp;
    private readonly ConcurrentQueue<IPyFinalizable> _queue = new();
    /// <summary>Set once any sentinel was made: exit then collects to find the last abandoned objects.</summary>
    private volatile bool _used;
    private int _draining;

    internal PendingFinalization(Interpreter interp) => _interp = interp;

    /// <summary>A sentinel was created for an object of this interpreter.</summary>
    public void NoteSentinel() => _used = true;

    /// <summary>From the .NET finalizer thread: queue <paramref name="owner"/> (resurrected) for its finalizer.</summary>
    public void Enqueue(IPyFinalizable owner)
    {
        _queue.Enqueue(owner);
        if (_automatic && !_interp.Scheduler.IsControlled) _interp.EvalBreaker.Set(EvalBreakerBits.PendingFinalizers);
    }

    public bool HasPending => !_queue.IsEmpty;

    /// <summary>gc.enable()/disable(): whether breaker polls run queued finalizers (collect() and exit always do).</summary>
    public bool AutomaticEnabled
    {
        get => _automatic;
        set
        {
            _automatic = value;
            if (value && !_queue.IsEmpty && !_interp.Scheduler.IsControlled) _interp.EvalBreaker.Set(EvalBreakerBits.PendingFinalizers);
        }
    }

    private volatile bool _automatic = true;

    /// <summary>The eval breaker's PendingFinalizers bit was seen (the caller holds the GIL).</summary>
    internal void DrainFromBreaker()
    {
        if (_automatic) Drain();
    }

    /// <summary>Runs every queued finalizer (the caller holds the GIL); re-entrant calls return at once.</summary>
    public void Drain()
    {
        if (Interlocked.Exchange(ref _draining, 1) == 1) return;
        try
        {
            while (_queue.TryDequeue(out var owner)) Run(owner);
        }
        finally
        {
            Volatile.Write(ref _draining, 0);
        }
    }

    /// <summary>
    /// The one place where gilrun knows, as refcounting would, that an object dies at once: a coroutine
    /// whose call is an expression statement (CALL, then POP_TOP) is dropped as it is made, so CPython
    /// warns "never awaited" right there, at that line. Its finalizer runs now instead of at a collection.
    /// </summary>
    public void Dropped(IPyFinalizable owner)
    {
        if (owner.CancelSentinel()) Run(owner);
    }

    private void Run(IPyFinalizable owner)
    {
        var ts = ThreadState.Current;
        var saved = ts.HandledException;
        try
        {
            owner.RunFinalizer();
        }
        catch (PyException e)
        {
            _interp.WriteUnraisable(e.Value, "Exception ignored in", owner as PyObject);
        }
        finally
        {
            ts.HandledException = saved;
        }
    }

    /// <summary>gc.collect(): a full .NET collection, the sentinels' finalizers, then the queue.</summary>
    public void Collect()
    {
        // A finalizer may drop the last reference to another finalizable object (a generator closing
        // the one it delegates to): a few rounds, as refcounting would have freed those at once.
        for (int round = 0; round < 3; round++)
        {
            if (_used)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
            if (_queue.IsEmpty) return;
            Drain();
        }
    }

    /// <summary>Interpreter exit: finalize what is already unreachable (objects still referenced are left alone).</summary>
    internal void AtExit()
    {
        if (!_used) return;
        try
        {
            Collect();
        }
        catch (Exception e) when (!Uncatchable.Is(e))
        {
        }
    }
}
