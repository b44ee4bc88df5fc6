// The GIL's instruments (gil.md §7.9): one GilThreadStats per thread that ever asked for the GIL, kept
// after the thread ended so reports list every thread. Recording happens in the records themselves
// (lock-free, owner thread only); this class registers threads, pools histograms, and builds snapshots.
//
// Memory: a live thread holds three histograms (about 2.6 KB each). When a thread ends, its percentiles
// are frozen into its record, its histograms are added to the totals of ended threads and go back to a
// pool, so creating and joining thousands of threads in a loop reuses the same few arrays.
namespace GilRuntime.Threading.Gil;

using GilRuntime.Threading.Scheduling;

public sealed class GilStatistics
{
    private readonly IGil _gil;
    private readonly IScheduler _scheduler;
    private readonly int _checkInterval;
    private readonly object _lock = new();
    private readonly List<GilThreadStats> _threads = new();
    private readonly Stack<LogHistogram> _pool = new();
    private readonly LogHistogram _endedWait = new(), _endedSlice = new(), _endedLatency = new();
    private long _startTicks;
    private long _switchBase;

    internal GilStatistics(IGil gil, IScheduler scheduler, int checkInterval, GilTrace? trace)
    {
        _gil = gil;
        _scheduler = scheduler;
        _checkInterval = checkInterval;
        Clock = new GilClock(scheduler);
        Trace = trace;
        _startTicks = Clock.Now();
        trace?.Attach(this);
    }

    /// <summary>The time source of every record (ticks; see GilClock).</summary>
    public GilClock Clock { get; }

    internal GilTrace? Trace { get; }

    /// <summary>When counting started (GIL creation or the last reset), in Clock ticks.</summary>
    public long StartTicks => Volatile.Read(ref _startTicks);

    internal string PolicyName => _gil.PolicyName;

    /// <summary>The record of <paramref name="thread"/> under this GIL, created on first sight.</summary>
    internal GilThreadStats Register(GilThread thread)
    {
        lock (_lock)
        {
            // A GilThread used with several GILs (tests) keeps one record per GIL; find ours again (only
            // then: a scan per new thread would make creating many threads quadratic).
            if (thread.Stats is { } other && !ReferenceEquals(other.Owner, this))
            {
                for (int i = _threads.Count - 1; i >= 0; i--)
                {
                    var existing = _threads[i];
                    if (ReferenceEquals(existing.Thread, thread) && existing.State != GilThreadState.Ended)
                    {
                        thread.Stats = existing;
                        return existing;
                    }
                }
            }
            var rec = new GilThreadStats(this, thread, Clock.Now(), Trace);
            rec.InstructionsBase = Volatile.Read(ref thread.Instructions);
            _threads.Add(rec);
            thread.Stats = rec;
            return rec;
        }
    }

    internal LogHistogram RentHistogram()
    {
        lock (_lock) return _pool.Count > 0 ? _pool.Pop() : new LogHistogram();
    }

    internal void OnThreadEnded(GilThreadStats rec)
    {
        lock (_lock)
        {
            rec.FrozenWait = Freeze(rec.WaitHistogram, _endedWait);
            rec.FrozenSlice = Freeze(rec.SliceHistogram, _endedSlice);
            rec.FrozenLatency = Freeze(rec.RequestLatencyHistogram, _endedLatency);
            rec.WaitHistogram = rec.SliceHistogram = rec.RequestLatencyHistogram = null;
            rec.Bytecodes = Volatile.Read(ref rec.Thread.Instructions) - rec.InstructionsBase;
        }
    }

    private HistogramSummary Freeze(LogHistogram? h, LogHistogram ended)
    {
        if (h is null) return default;
        var s = h.Summarize();
        h.AddTo(ended);
        h.Clear();
        _pool.Push(h);
        return s;
    }

    /// <summary>Starts counting again from now (gil.reset_stats()); ended threads are forgotten.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            long now = Clock.Now();
            _threads.RemoveAll(static r => r.State == GilThreadState.Ended);
            foreach (var r in _threads) r.Reset(now);
            _endedWait.Clear();
            _endedSlice.Clear();
            _endedLatency.Clear();
            _switchBase = _gil.SwitchNumber;
            Volatile.Write(ref _startTicks, now);
            Trace?.Clear();
        }
    }

    /// <summary>The threads known so far, in registration order (a copy).</summary>
    internal GilThreadStats[] Threads()
    {
        lock (_lock) return _threads.ToArray();
    }

    public GilStatsSnapshot Snapshot()
    {
        lock (_lock)
        {
            long now = Clock.Now();
            double nsPerTick = Clock.NanosecondsPerTick;
            var threads = new GilThreadSnapshot[_threads.Count];
            var wait = new LogHistogram();
            var slice = new LogHistogram();
            var latency = new LogHistogram();
            _endedWait.AddTo(wait);
            _endedSlice.AddTo(slice);
            _endedLatency.AddTo(latency);
            for (int i = 0; i < threads.Length; i++)
            {
                var r = _threads[i];
                threads[i] = GilThreadSnapshot.From(r, now, nsPerTick);
                r.WaitHistogram?.AddTo(wait);
                r.SliceHistogram?.AddTo(slice);
                r.RequestLatencyHistogram?.AddTo(latency);
            }
            long elapsed = (long)(Math.Max(0, now - _startTicks) * nsPerTick);
            var total = GilThreadSnapshot.Sum(threads, wait.Summarize().Scale(nsPerTick),
                slice.Summarize().Scale(nsPerTick), latency.Summarize().Scale(nsPerTick), elapsed);
            return new GilStatsSnapshot(_gil.PolicyName, _gil.IntervalMicroseconds, _checkInterval, elapsed,
                _gil.SwitchNumber - _switchBase, total, threads);
        }
    }
}
