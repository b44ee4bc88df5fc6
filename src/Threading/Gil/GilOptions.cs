// How to build a GIL (GilFactory.Create): the policy and its knobs, as the CLI's --gil-policy,
// --switch-interval, --check-interval and --gil-trace set them.
namespace GilRuntime.Threading.Gil;

public sealed class GilOptions
{
    /// <summary>"cpython" (default), "legacy" or "fair" (GilFactory.Policies).</summary>
    public string Policy { get; init; } = "cpython";

    /// <summary>The switch interval in microseconds (sys.setswitchinterval; CPython's default 5000).</summary>
    public long IntervalMicroseconds { get; init; } = 5000;

    /// <summary>legacy: instructions between releases (Python 2's sys.setcheckinterval, default 100).</summary>
    public int CheckInterval { get; init; } = 100;

    /// <summary>Record the timeline for GilTrace.WriteChromeTrace (--gil-trace).</summary>
    public bool RecordTrace { get; init; }

    /// <summary>Most trace events kept (24 bytes each); later ones are counted and dropped.</summary>
    public int TraceCapacity { get; init; } = 1_000_000;

    /// <summary>
    /// fair: how long a thread coming back from a blocking call waits for the holder to release before it
    /// asks for a drop (microseconds, capped by the interval); 0 (the default) asks at once.
    /// </summary>
    public long FairBoostMicroseconds { get; init; }

    /// <summary>Allows the lock-free fast path under a non-controlled scheduler (benchmarks compare both).</summary>
    public bool FastPath { get; init; } = true;
}
