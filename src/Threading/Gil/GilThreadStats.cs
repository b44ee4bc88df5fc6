// One thread's GIL accounting under one GIL: a small state machine (holding / waiting / released) whose
// transitions close an interval and add it to the matching total, plus counters and histograms. Only the
// thread itself writes its record (take and drop run on the thread), so recording needs no lock and no
// allocation; snapshots read the fields from other threads and may be a few events stale. The policies
// also keep the per-thread facts they decide on here (last drop kind, last slice, the legacy tick base).
namespace GilRuntime.Threading.Gil;

using System.Runtime.CompilerServices;

public enum GilThreadState
{
    /// <summary>Registered, not yet asked for the GIL.</summary>
    New,
    Holding,
    Waiting,
    /// <summary>Released the GIL (a blocking call, or between a forced drop and the next take).</summary>
    Released,
    Ended,
}

public sealed class GilThreadStats
{
    internal readonly GilStatistics Owner;
    public GilThread Thread { get; }
    private readonly GilTrace? _trace;

    internal GilThreadStats(GilStatistics owner, GilThread thread, long now, GilTrace? trace)
    {
        Owner = owner;
        Thread = thread;
        _trace = trace;
        FirstSeenTicks = now;
        StateSinceTicks = now;
    }

    // The state machine. State and StateSinceTicks are written by the thread, read by snapshots.
    private int _state;
    public GilThreadState State => (GilThreadState)Volatile.Read(ref _state);
    public long StateSinceTicks;
    public long FirstSeenTicks;
    public long EndTicks;

    // Times are in clock ticks (GilClock). Totals per state (closed intervals only; a snapshot adds the open one).
    public long HoldingTicks, WaitingTicks, ReleasedTicks;

    public long Acquisitions;
    /// <summary>Acquisitions that found the GIL free at once.</summary>
    public long AcquiredImmediately;
    /// <summary>Acquisitions during which this thread timed out and issued a drop request.</summary>
    public long AcquiredAfterTimeout;
    /// <summary>Acquisitions that changed the holder (this thread was not the last holder).</summary>
    public long SwitchesIn;
    public long ForcedDrops, VoluntaryDrops, ExitDrops;
    public long DropRequestsIssued;
    /// <summary>Drops made while a drop request was pending (the request was answered by this drop).</summary>
    public long DropRequestsHonoured;
    public long ForceSwitchWaits, ForceSwitchWaitTicks;
    /// <summary>A voluntary release whose next acquisition needed a forced switch (bpo-7946).</summary>
    public long Convoys;
    /// <summary>Total length of slices that ended in a forced drop (compared with the interval).</summary>
    public long ForcedSliceTicks;

    internal LogHistogram? WaitHistogram, SliceHistogram, RequestLatencyHistogram;
    /// <summary>Summaries kept when the thread ended and its histograms went back to the pool.</summary>
    internal HistogramSummary FrozenWait, FrozenSlice, FrozenLatency;

    // Policy facts.
    internal GilDropKind LastDrop = GilDropKind.Exit;
    internal bool HasDropped;
    internal long LastSliceTicks;
    internal long TickBase;
    internal object? PolicyData;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Transition(GilThreadState next, long now)
    {
        long since = StateSinceTicks;
        long d = now - since;
        if (d < 0) d = 0;
        switch ((GilThreadState)_state)
        {
            case GilThreadState.Holding: HoldingTicks += d; break;
            case GilThreadState.Waiting: WaitingTicks += d; break;
            case GilThreadState.Released: ReleasedTicks += d; break;
        }
        _trace?.Record(Thread.Id, (GilThreadState)_state, since, now);
        StateSinceTicks = now;
        Volatile.Write(ref _state, (int)next);
    }

    /// <summary>The thread found the GIL taken and starts waiting (at <paramref name="now"/>).</summary>
    public void BeginWait(long now) => Transition(GilThreadState.Waiting, now);

    /// <summary>The thread now holds the GIL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Acquired(long now, bool timedOut, bool switched)
    {
        bool waited = _state == (int)GilThreadState.Waiting;
        WaitHistogram ??= Owner.RentHistogram();
        WaitHistogram.Record(waited ? now - StateSinceTicks : 0);
        Transition(GilThreadState.Holding, now);
        Acquisitions++;
        if (!waited) AcquiredImmediately++;
        if (timedOut)
        {
            AcquiredAfterTimeout++;
            if (HasDropped && LastDrop == GilDropKind.Voluntary) Convoys++;
        }
        if (switched) SwitchesIn++;
    }

    /// <summary>
    /// The thread released the GIL. <paramref name="requestLatencyNs"/> is the time since the pending
    /// drop request was issued, or -1 when no request was pending.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Released(long now, GilDropKind kind, long requestLatencyNs)
    {
        long slice = now - StateSinceTicks;
        if (slice < 0) slice = 0;
        SliceHistogram ??= Owner.RentHistogram();
        SliceHistogram.Record(slice);
        LastSliceTicks = slice;
        LastDrop = kind;
        HasDropped = true;
        switch (kind)
        {
            case GilDropKind.Forced: ForcedDrops++; ForcedSliceTicks += slice; break;
            case GilDropKind.Voluntary: VoluntaryDrops++; break;
            default: ExitDrops++; break;
        }
        if (requestLatencyNs >= 0)
        {
            DropRequestsHonoured++;
            RequestLatencyHistogram ??= Owner.RentHistogram();
            RequestLatencyHistogram.Record(requestLatencyNs);
        }
        if (kind == GilDropKind.Exit)
        {
            Transition(GilThreadState.Ended, now);
            EndTicks = now;
            Owner.OnThreadEnded(this);
        }
        else
        {
            Transition(GilThreadState.Released, now);
        }
    }

    public void ForceSwitchWaited(long ticks)
    {
        ForceSwitchWaits++;
        ForceSwitchWaitTicks += ticks;
    }

    /// <summary>Zeroes the counters (gil.reset_stats); approximate if the thread is mid-transition.</summary>
    internal void Reset(long now)
    {
        FirstSeenTicks = now;
        if (State != GilThreadState.Ended) StateSinceTicks = now;
        HoldingTicks = WaitingTicks = ReleasedTicks = 0;
        Acquisitions = AcquiredImmediately = AcquiredAfterTimeout = SwitchesIn = 0;
        ForcedDrops = VoluntaryDrops = ExitDrops = 0;
        DropRequestsIssued = DropRequestsHonoured = 0;
        ForceSwitchWaits = ForceSwitchWaitTicks = Convoys = ForcedSliceTicks = 0;
        WaitHistogram?.Clear();
        SliceHistogram?.Clear();
        RequestLatencyHistogram?.Clear();
        InstructionsBase = Volatile.Read(ref Thread.Instructions);
    }

    /// <summary>GilThread.Instructions at the last reset (bytecodes are reported since then).</summary>
    internal long InstructionsBase;

    /// <summary>Bytecodes executed, frozen when the thread ended.</summary>
    internal long Bytecodes;
}
