// Virtual time of a controlled execution. Nothing reads the machine's clocks: the monotonic clock
// starts at 1 s, the wall clock at 2000-01-01T00:00:00Z, so a seeded run prints the same times on
// every machine. Time moves only in two ways, both decided by the scheduler's thread:
//   - every scheduling decision advances it by StepQuantumNanoseconds (1 µs), so a polling loop such
//     as `while time.monotonic() < end: ...` ends after a bounded number of steps;
//   - a timer (a timed condition wait, a sleep) that fires moves it to its deadline, never backwards.
namespace GilRuntime.Threading.Scheduling;

public sealed class VirtualClock
{
    /// <summary>How far each scheduling decision moves the clock.</summary>
    public const long StepQuantumNanoseconds = 1_000;

    /// <summary>The monotonic clock's first reading (1 s; not 0, which code may use as "unset").</summary>
    public const long MonotonicStartNanoseconds = 1_000_000_000;

    /// <summary>2000-01-01T00:00:00Z in nanoseconds since the Unix epoch: the wall clock's first reading.</summary>
    public const long WallEpochNanoseconds = 946_684_800L * 1_000_000_000;

    private long _now = MonotonicStartNanoseconds;

    public long MonotonicNanoseconds => Volatile.Read(ref _now);

    public long WallClockNanoseconds => WallEpochNanoseconds + (Volatile.Read(ref _now) - MonotonicStartNanoseconds);

    internal void Tick() => Volatile.Write(ref _now, _now + StepQuantumNanoseconds);

    internal void AdvanceTo(long deadline)
    {
        if (deadline > _now) Volatile.Write(ref _now, deadline);
    }
}
