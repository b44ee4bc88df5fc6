// One thread's GIL figures at one moment (or, from Sum, the whole process's), in nanoseconds (the
// records count clock ticks; From converts). The open
// interval of the thread's current state is included, so holding + waiting + released covers the
// thread's whole life since it first asked for the GIL.
namespace GilRuntime.Threading.Gil;

public sealed class GilThreadSnapshot
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public bool IsMain { get; init; }
    public bool Alive { get; init; }
    /// <summary>The state at the snapshot ("holding", "waiting", "released", "new", "ended").</summary>
    public string State { get; init; } = "";
    public long ElapsedNs { get; init; }
    public long HoldingNs { get; init; }
    public long WaitingNs { get; init; }
    public long ReleasedNs { get; init; }
    public long Switches { get; init; }
    public long Acquisitions { get; init; }
    public long AcquiredImmediately { get; init; }
    public long AcquiredAfterTimeout { get; init; }
    public long ForcedDrops { get; init; }
    public long VoluntaryDrops { get; init; }
    public long ExitDrops { get; init; }
    public long DropRequestsIssued { get; init; }
    public long DropRequestsHonoured { get; init; }
    public long ForceSwitchWaits { get; init; }
    public long ForceSwitchWaitNs { get; init; }
    public long Convoys { get; init; }
    public long ForcedSliceNs { get; init; }
    public long Bytecodes { get; init; }
    public HistogramSummary Wait { get; init; }
    public HistogramSummary Slice { get; init; }
    public HistogramSummary RequestLatency { get; init; }

    /// <summary>Mean length of the slices that ended in a forced drop (what the interval asked for).</summary>
    public long ForcedSliceMeanNs => ForcedDrops == 0 ? 0 : ForcedSliceNs / ForcedDrops;

    internal static GilThreadSnapshot From(GilThreadStats r, long now, double nsPerTick)
    {
        long Ns(long ticks) => (long)(ticks * nsPerTick);
        var state = r.State;
        long since = r.StateSinceTicks;
        long open = state is GilThreadState.Ended or GilThreadState.New ? 0 : Math.Max(0, now - since);
        bool ended = state == GilThreadState.Ended;
        return new GilThreadSnapshot
        {
            Id = r.Thread.Id,
            Name = r.Thread.Name,
            IsMain = r.Thread.IsMain,
            Alive = !ended,
            State = state.ToString().ToLowerInvariant(),
            ElapsedNs = Ns(Math.Max(0, (ended ? r.EndTicks : now) - r.FirstSeenTicks)),
            HoldingNs = Ns(r.HoldingTicks + (state == GilThreadState.Holding ? open : 0)),
            WaitingNs = Ns(r.WaitingTicks + (state == GilThreadState.Waiting ? open : 0)),
            ReleasedNs = Ns(r.ReleasedTicks + (state == GilThreadState.Released ? open : 0)),
            Switches = r.SwitchesIn,
            Acquisitions = r.Acquisitions,
            AcquiredImmediately = r.AcquiredImmediately,
            AcquiredAfterTimeout = r.AcquiredAfterTimeout,
            ForcedDrops = r.ForcedDrops,
            VoluntaryDrops = r.VoluntaryDrops,
            ExitDrops = r.ExitDrops,
            DropRequestsIssued = r.DropRequestsIssued,
            DropRequestsHonoured = r.DropRequestsHonoured,
            ForceSwitchWaits = r.ForceSwitchWaits,
            ForceSwitchWaitNs = Ns(r.ForceSwitchWaitTicks),
            Convoys = r.Convoys,
            ForcedSliceNs = Ns(r.ForcedSliceTicks),
            Bytecodes = ended ? r.Bytecodes : Volatile.Read(ref r.Thread.Instructions) - r.InstructionsBase,
            Wait = (ended ? r.FrozenWait : r.WaitHistogram?.Summarize() ?? default).Scale(nsPerTick),
            Slice = (ended ? r.FrozenSlice : r.SliceHistogram?.Summarize() ?? default).Scale(nsPerTick),
            RequestLatency = (ended ? r.FrozenLatency : r.RequestLatencyHistogram?.Summarize() ?? default).Scale(nsPerTick),
        };
    }

    internal static GilThreadSnapshot Sum(GilThreadSnapshot[] threads, HistogramSummary wait,
        HistogramSummary slice, HistogramSummary latency, long elapsedNs)
    {
        long holding = 0, waiting = 0, released = 0, switches = 0, acq = 0, imm = 0, afterTimeout = 0;
        long forced = 0, voluntary = 0, exit = 0, issued = 0, honoured = 0, fsw = 0, fswNs = 0, convoys = 0;
        long forcedSlice = 0, bytecodes = 0;
        bool alive = false;
        foreach (var t in threads)
        {
            holding += t.HoldingNs; waiting += t.WaitingNs; released += t.ReleasedNs;
            switches += t.Switches; acq += t.Acquisitions; imm += t.AcquiredImmediately;
            afterTimeout += t.AcquiredAfterTimeout; forced += t.ForcedDrops; voluntary += t.VoluntaryDrops;
            exit += t.ExitDrops; issued += t.DropRequestsIssued; honoured += t.DropRequestsHonoured;
            fsw += t.ForceSwitchWaits; fswNs += t.ForceSwitchWaitNs; convoys += t.Convoys;
            forcedSlice += t.ForcedSliceNs; bytecodes += t.Bytecodes; alive |= t.Alive;
        }
        return new GilThreadSnapshot
        {
            Id = -1, Name = "total", Alive = alive, State = "", ElapsedNs = elapsedNs,
            HoldingNs = holding, WaitingNs = waiting, ReleasedNs = released, Switches = switches,
            Acquisitions = acq, AcquiredImmediately = imm, AcquiredAfterTimeout = afterTimeout,
            ForcedDrops = forced, VoluntaryDrops = voluntary, ExitDrops = exit,
            DropRequestsIssued = issued, DropRequestsHonoured = honoured, ForceSwitchWaits = fsw,
            ForceSwitchWaitNs = fswNs, Convoys = convoys, ForcedSliceNs = forcedSlice, Bytecodes = bytecodes,
            Wait = wait, Slice = slice, RequestLatency = latency,
        };
    }
}
