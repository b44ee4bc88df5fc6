// The GIL as the runtime sees it. Policies (CPython's, Python 2's, our fair one) implement it; the eval
// loop and the blocking calls of the modules only ever call these methods.
namespace GilRuntime.Threading.Gil;

public interface IGil
{
    /// <summary>The policy's name as --gil-policy spells it ("cpython", "legacy", "fair").</summary>
    string PolicyName { get; }

    /// <summary>sys.setswitchinterval's value, in microseconds (CPython: gil->interval).</summary>
    long IntervalMicroseconds { get; set; }

    /// <summary>How many times the holder changed (CPython: gil->switch_number).</summary>
    long SwitchNumber { get; }

    /// <summary>The thread holding the GIL, or null when it is free.</summary>
    GilThread? Holder { get; }

    /// <summary>Blocks until <paramref name="thread"/> holds the GIL (CPython: take_gil).</summary>
    void Take(GilThread thread);

    /// <summary>Releases the GIL held by <paramref name="thread"/> (CPython: drop_gil).</summary>
    void Drop(GilThread thread, GilDropKind kind);

    /// <summary>
    /// The eval loop's slow path at a check site when the breaker's GilDropRequest bit is set: the
    /// policy drops and re-takes the GIL if it decides to (CPython: the drop request branch of
    /// eval_frame_handle_pending). <see cref="GilThread.Instructions"/> is current when this is called.
    /// </summary>
    void OnBreakerPoll(GilThread thread);

    /// <summary>The instruments: per-thread and total counters, histograms (--gil-stats, gil.stats()).</summary>
    GilStatistics Statistics { get; }

    /// <summary>The timeline recorder (--gil-trace), or null when GilOptions.RecordTrace was off.</summary>
    GilTrace? Trace { get; }
}

public enum GilDropKind
{
    /// <summary>Answering a drop request at an eval-breaker poll: FORCE_SWITCHING applies.</summary>
    Forced,
    /// <summary>Around a blocking call (Py_BEGIN_ALLOW_THREADS): no wait for another thread.</summary>
    Voluntary,
    /// <summary>The thread is ending.</summary>
    Exit,
}
