// The GIL's instruments: times add up to each thread's life, the JSON and the report carry every thread
// (ended ones too), histograms give sane percentiles, and the trace is a valid Chrome trace with one
// track per thread and never two holders at once.
namespace GilRuntime.Unit.Threading;

using System.Text.Json;
using GilRuntime.Threading.Gil;
using Xunit;

[Collection("GilTiming")]
public class GilStatisticsTests
{
    private static GilHarness RunSpinners(string policy, int threads, int millis, bool trace = false)
    {
        var h = new GilHarness(policy, intervalUs: 2000, trace: trace);
        var stop = new ManualResetEventSlim();
        for (int i = 0; i < threads; i++) h.Start($"spin-{i}", t => h.Spin(t, () => stop.IsSet));
        Thread.Sleep(millis);
        stop.Set();
        h.JoinAll();
        return h;
    }

    [Theory]
    [InlineData("cpython")]
    [InlineData("fair")]
    [InlineData("legacy")]
    public void TimesAddUpToEachThreadsLife(string policy)
    {
        var h = RunSpinners(policy, 2, 200);
        var s = h.Gil.Statistics.Snapshot();
        Assert.Equal(2, s.Threads.Count);
        foreach (var t in s.Threads)
        {
            Assert.False(t.Alive);
            long sum = t.HoldingNs + t.WaitingNs + t.ReleasedNs;
            Assert.True(Math.Abs(sum - t.ElapsedNs) <= t.ElapsedNs / 100 + 100_000,
                $"{t.Name}: holding+waiting+released {sum} vs elapsed {t.ElapsedNs}");
            Assert.True(t.HoldingNs > 0);
            Assert.Equal(t.Acquisitions, t.ForcedDrops + t.VoluntaryDrops + t.ExitDrops);
            Assert.Equal(1, t.ExitDrops);
            Assert.True(t.Bytecodes > 0);
            Assert.Equal(t.Acquisitions, t.Wait.Count);
            Assert.Equal(t.Acquisitions, t.Slice.Count);
            Assert.True(t.Slice.P50 <= t.Slice.P99 && t.Slice.P99 <= t.Slice.Max);
        }
        // One holder at a time: the threads' holding time cannot exceed the wall time.
        Assert.True(s.Threads.Sum(t => t.HoldingNs) <= s.ElapsedNs);
        Assert.Equal(s.Threads.Sum(t => t.Switches), s.Switches);
        Assert.Equal(s.Threads.Sum(t => t.Bytecodes), s.Total.Bytecodes);
    }

    [Fact]
    public void JsonHasTheDocumentedKeysAndEveryThread()
    {
        var h = RunSpinners("cpython", 3, 100);
        using var doc = JsonDocument.Parse(h.Gil.Statistics.Snapshot().ToJson());
        var root = doc.RootElement;
        Assert.Equal("cpython", root.GetProperty("policy").GetString());
        Assert.Equal(2000, root.GetProperty("interval_us").GetInt64());
        foreach (var key in new[] { "elapsed_s", "switches", "switches_per_s", "forced_drops", "voluntary_drops",
                     "drop_requests_issued", "drop_requests_honoured", "holding_s", "waiting_s", "released_s",
                     "force_switch_wait_s", "convoys", "bytecodes", "acquired_immediately", "acquired_after_timeout",
                     "forced_slice_mean_us" })
            Assert.True(root.TryGetProperty(key, out _), key);
        foreach (var key in new[] { "count", "p50", "p99", "max", "mean" })
        {
            Assert.True(root.GetProperty("wait_us").TryGetProperty(key, out _));
            Assert.True(root.GetProperty("slice_us").TryGetProperty(key, out _));
            Assert.True(root.GetProperty("drop_request_latency_us").TryGetProperty(key, out _));
        }
        var threads = root.GetProperty("threads").EnumerateArray().ToList();
        Assert.Equal(["spin-0", "spin-1", "spin-2"], threads.Select(t => t.GetProperty("name").GetString()).Order());
        Assert.All(threads, t => Assert.False(t.GetProperty("alive").GetBoolean()));
        Assert.True(root.GetProperty("switches").GetInt64() > 0);

        string report = h.Gil.Statistics.Snapshot().FormatReport();
        Assert.Contains("policy cpython", report);
        Assert.Contains("spin-2", report);
        Assert.Contains("switches", report);
    }

    [Fact]
    public void ResetStartsCountingAgain()
    {
        var h = new GilHarness("cpython");
        var main = h.Attach("main");
        for (int i = 0; i < 10; i++) { h.Gil.Take(main); h.Gil.Drop(main, GilDropKind.Voluntary); }
        Assert.Equal(10, h.Gil.Statistics.Snapshot().Total.VoluntaryDrops);
        h.Gil.Statistics.Reset();
        var s = h.Gil.Statistics.Snapshot();
        Assert.Equal(0, s.Total.VoluntaryDrops);
        Assert.Equal(0, s.Switches);
        h.Gil.Take(main);
        h.Gil.Drop(main, GilDropKind.Voluntary);
        Assert.Equal(1, h.Gil.Statistics.Snapshot().Total.VoluntaryDrops);
    }

    [Fact]
    public void HistogramPercentilesAreWithinTheirBucket()
    {
        var hist = new LogHistogram();
        for (int i = 1; i <= 1000; i++) hist.Record(i * 1000L);   // 1 µs .. 1 ms
        var s = hist.Summarize();
        Assert.Equal(1000, s.Count);
        Assert.InRange(s.P50, 500_000 * 0.93, 500_000 * 1.07);
        Assert.InRange(s.P99, 990_000 * 0.93, 1_000_000);
        Assert.Equal(1_000_000, s.Max);
        Assert.Equal(500_500, s.Mean);
        hist.Record(0);
        hist.Record(long.MaxValue);
        Assert.Equal(long.MaxValue, hist.Max);
    }

    [Fact]
    public void TraceIsAChromeTraceWithOneTrackPerThreadAndOneHolderAtATime()
    {
        var h = RunSpinners("cpython", 2, 100, trace: true);
        var stream = new MemoryStream();
        h.Gil.Trace!.WriteChromeTrace(stream);
        using var doc = JsonDocument.Parse(stream.ToArray());
        var events = doc.RootElement.GetProperty("traceEvents").EnumerateArray().ToList();
        var tracks = events.Where(e => e.GetProperty("ph").GetString() == "M"
                                       && e.GetProperty("name").GetString() == "thread_name")
                           .ToDictionary(e => e.GetProperty("tid").GetInt32(),
                                         e => e.GetProperty("args").GetProperty("name").GetString());
        Assert.Equal(["spin-0", "spin-1"], tracks.Values.Order());
        var intervals = events.Where(e => e.GetProperty("ph").GetString() == "X").ToList();
        Assert.All(intervals, e => Assert.Contains(e.GetProperty("tid").GetInt32(), tracks.Keys));
        Assert.All(intervals, e => Assert.Contains(e.GetProperty("name").GetString(), new[] { "holding", "waiting", "released" }));
        var holding = intervals.Where(e => e.GetProperty("name").GetString() == "holding")
            .Select(e => (Start: e.GetProperty("ts").GetDouble(), End: e.GetProperty("ts").GetDouble() + e.GetProperty("dur").GetDouble()))
            .OrderBy(x => x.Start).ToList();
        Assert.True(holding.Count >= 2, $"{holding.Count} holding intervals, {h.Gil.SwitchNumber} switches, {h.Gil.Trace.EventCount} events");
        for (int i = 1; i < holding.Count; i++)
            Assert.True(holding[i].Start >= holding[i - 1].End - 0.002, $"two holders at {holding[i].Start} us");
    }
}
