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

    /// <summary>
    /// Interpreter exit. First what is already unreachable is finalized. Then, as Py_FinalizeEx does when
    /// it drops __main__ (sys.is_finalizing() is now true and imports fail), what __main__'s globals still
    /// hold: a generator paused in a try block, a coroutine never awaited. The objects a global names
    /// directly come first, in the globals' order, as CPython finalizes them; the ones held less directly
    /// (in lists, in attributes) follow, collected in no particular order.
    /// </summary>
    internal void AtExit()
    {
        if (!_used) return;
        try
        {
            Collect();
            // The "never awaited" warning goes through the warnings module (CPython's is in C and
            // needs no import), and imports stop working from here on.
            _interp.ImportName("warnings", null, null, 0);
            _interp.IsFinalizing = true;
            var globals = FinalizeMainGlobals();
            // __main__ leaves sys.modules: what only its globals held is now unreachable as a whole
            // (their functions' __globals__ keep the dict intact while their finalizers run).
            _interp.Modules.Remove(PyStr.Intern("__main__"));
            Collect();
            // Anything still held is let go as CPython's _PyModule_ClearDict lets go of it: the
            // globals become None (a finalizer that runs now finds them so).
            if (globals is not null) ClearGlobals(globals);
            Collect();
        }
        catch (Exception e) when (!Uncatchable.Is(e))
        {
        }
    }

    /// <summary>Finalizes the objects __main__'s globals name directly, in order; returns the globals (weakly).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private WeakReference<PyDict>? FinalizeMainGlobals()
    {
        if (!_interp.Modules.TryGetValue(PyStr.Intern("__main__"), out var main) || main is not PyModule module) return null;
        foreach (var (_, value) in module.Dict.Items().ToArray())
            if (value is IPyFinalizable owner) Dropped(owner);
        return new WeakReference<PyDict>(module.Dict);
    }

    /// <summary>_PyModule_ClearDict: every global but __builtins__ becomes None, names with one leading underscore first.</summary>
    private static void ClearGlobals(WeakReference<PyDict> weakGlobals)
    {
        if (!weakGlobals.TryGetTarget(out var globals)) return;
        var items = globals.Items().ToArray();
        foreach (bool underscoredPass in new[] { true, false })
            foreach (var (key, _) in items)
            {
                if (key is not PyStr { Value: var name } || name == "__builtins__") continue;
                if (underscoredPass != (name.Length > 1 && name[0] == '_' && name[1] != '_')) continue;
                globals.SetItem(key, Py.None);
            }
    }

}
