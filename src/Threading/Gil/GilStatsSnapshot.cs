// The GIL's figures at one moment: the totals, and one entry per thread (ended ones included). ToJson is
// the schema of --gil-stats-json and of the gil module's gil.stats() (docs/gil.md lists every key);
// FormatReport is the table --gil-stats prints at exit.
namespace GilRuntime.Threading.Gil;

using System.Globalization;
using System.Text;
using System.Text.Json;

public sealed class GilStatsSnapshot
{
    internal GilStatsSnapshot(string policy, long intervalUs, int checkInterval, long elapsedNs, long switches,
        GilThreadSnapshot total, GilThreadSnapshot[] threads)
    {
        Policy = policy;
        IntervalMicroseconds = intervalUs;
        CheckInterval = checkInterval;
        ElapsedNs = elapsedNs;
        Switches = switches;
        Total = total;
        Threads = threads;
    }

    public string Policy { get; }
    public long IntervalMicroseconds { get; }
    public int CheckInterval { get; }
    public long ElapsedNs { get; }
    /// <summary>Changes of holder counted by the GIL (switch_number) since counting started.</summary>
    public long Switches { get; }
    public double SwitchesPerSecond => ElapsedNs == 0 ? 0 : Switches / (ElapsedNs / 1e9);
    /// <summary>Counters summed over the threads; histograms merged over all of them.</summary>
    public GilThreadSnapshot Total { get; }
    public IReadOnlyList<GilThreadSnapshot> Threads { get; }

    public string ToJson(bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            w.WriteStartObject();
            w.WriteString("policy", Policy);
            w.WriteNumber("interval_us", IntervalMicroseconds);
            w.WriteNumber("check_interval", CheckInterval);
            Float(w, "elapsed_s", Seconds(ElapsedNs));
            w.WriteNumber("switches", Switches);
            Float(w, "switches_per_s", Math.Round(SwitchesPerSecond, 3));
            WriteCounters(w, Total);
            w.WriteStartArray("threads");
            foreach (var t in Threads)
            {
                w.WriteStartObject();
                w.WriteNumber("id", t.Id);
                w.WriteString("name", t.Name);
                w.WriteBoolean("main", t.IsMain);
                w.WriteBoolean("alive", t.Alive);
                w.WriteString("state", t.State);
                Float(w, "elapsed_s", Seconds(t.ElapsedNs));
                w.WriteNumber("switches", t.Switches);
                WriteCounters(w, t);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void WriteCounters(Utf8JsonWriter w, GilThreadSnapshot t)
    {
        w.WriteNumber("acquisitions", t.Acquisitions);
        w.WriteNumber("acquired_immediately", t.AcquiredImmediately);
        w.WriteNumber("acquired_after_timeout", t.AcquiredAfterTimeout);
        w.WriteNumber("forced_drops", t.ForcedDrops);
        w.WriteNumber("voluntary_drops", t.VoluntaryDrops);
        w.WriteNumber("exit_drops", t.ExitDrops);
        w.WriteNumber("drop_requests_issued", t.DropRequestsIssued);
        w.WriteNumber("drop_requests_honoured", t.DropRequestsHonoured);
        Float(w, "holding_s", Seconds(t.HoldingNs));
        Float(w, "waiting_s", Seconds(t.WaitingNs));
        Float(w, "released_s", Seconds(t.ReleasedNs));
        w.WriteNumber("force_switch_waits", t.ForceSwitchWaits);
        Float(w, "force_switch_wait_s", Seconds(t.ForceSwitchWaitNs));
        w.WriteNumber("convoys", t.Convoys);
        w.WriteNumber("bytecodes", t.Bytecodes);
        Float(w, "forced_slice_mean_us", Micros(t.ForcedSliceMeanNs));
        WriteSummary(w, "wait_us", t.Wait);
        WriteSummary(w, "slice_us", t.Slice);
        WriteSummary(w, "drop_request_latency_us", t.RequestLatency);
    }

    private static void WriteSummary(Utf8JsonWriter w, string name, HistogramSummary s)
    {
        w.WriteStartObject(name);
        w.WriteNumber("count", s.Count);
        Float(w, "p50", Micros(s.P50));
        Float(w, "p99", Micros(s.P99));
        Float(w, "max", Micros(s.Max));
        Float(w, "mean", Micros(s.Mean));
        w.WriteEndObject();
    }

    /// <summary>A float always written with a decimal point (1.0, not 1), as Python's json.dumps does.</summary>
    private static void Float(Utf8JsonWriter w, string name, double value)
    {
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.IndexOfAny(['.', 'E', 'e', 'N', 'I']) < 0) text += ".0";
        w.WritePropertyName(name);
        w.WriteRawValue(text, skipInputValidation: true);
    }

    private static double Seconds(long ns) => Math.Round(ns / 1e9, 6);

    private static double Micros(long ns) => Math.Round(ns / 1e3, 3);

    /// <summary>The human report (--gil-stats): totals, then one line per thread.</summary>
    public string FormatReport()
    {
        var t = Total;
        var sb = new StringBuilder();
        var ic = CultureInfo.InvariantCulture;
        sb.Append(ic, $"GIL statistics: policy {Policy}, interval {Duration(IntervalMicroseconds * 1000)}");
        if (Policy == "legacy") sb.Append(ic, $", check interval {CheckInterval}");
        sb.Append(ic, $", elapsed {Duration(ElapsedNs)}\n");
        Line(sb, "switches", $"{Switches} ({SwitchesPerSecond.ToString("0.0", ic)}/s)");
        Line(sb, "acquisitions", $"{t.Acquisitions}: immediate {t.AcquiredImmediately}, after a timeout {t.AcquiredAfterTimeout}");
        Line(sb, "drops", $"forced {t.ForcedDrops}, voluntary {t.VoluntaryDrops}, exit {t.ExitDrops}");
        Line(sb, "drop requests", $"issued {t.DropRequestsIssued}, honoured {t.DropRequestsHonoured}");
        Line(sb, "request to release", Percentiles(t.RequestLatency));
        Line(sb, "force-switch waits", $"{t.ForceSwitchWaits}, total {Duration(t.ForceSwitchWaitNs)}");
        Line(sb, "convoys", t.Convoys.ToString(ic));
        Line(sb, "time", $"holding {Duration(t.HoldingNs)}, waiting {Duration(t.WaitingNs)}, released {Duration(t.ReleasedNs)}");
        Line(sb, "wait", Percentiles(t.Wait));
        Line(sb, "slice", Percentiles(t.Slice));
        Line(sb, "forced slices", t.ForcedDrops == 0 ? "none"
            : $"mean {Duration(t.ForcedSliceMeanNs)} (interval {Duration(IntervalMicroseconds * 1000)})");
        Line(sb, "bytecodes", t.Bytecodes.ToString(ic));
        sb.Append('\n');
        sb.Append(ic, $"  {"id",4} {"thread",-16} {"holding",10} {"waiting",10} {"released",10} {"switches",8} {"forced",7} {"volunt.",7} {"req.iss",7} {"convoys",7} {"wait p50",9} {"wait p99",9} {"slice p50",9} {"slice p99",9} {"bytecodes",11}\n");
        foreach (var th in Threads)
        {
            string name = th.Name.Length > 16 ? th.Name[..16] : th.Name;
            sb.Append(ic, $"  {th.Id,4} {name,-16} {Duration(th.HoldingNs),10} {Duration(th.WaitingNs),10} {Duration(th.ReleasedNs),10} {th.Switches,8} {th.ForcedDrops,7} {th.VoluntaryDrops,7} {th.DropRequestsIssued,7} {th.Convoys,7} {Duration(th.Wait.P50),9} {Duration(th.Wait.P99),9} {Duration(th.Slice.P50),9} {Duration(th.Slice.P99),9} {th.Bytecodes,11}\n");
        }
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string label, string text) =>
        sb.Append("  ").Append(label.PadRight(20)).Append(text).Append('\n');

    private static string Percentiles(HistogramSummary s) => s.Count == 0 ? "none"
        : $"p50 {Duration(s.P50)}, p99 {Duration(s.P99)}, max {Duration(s.Max)} ({s.Count} samples)";

    /// <summary>A duration with a unit fit for its size: 850 ns, 12.3 us, 4.56 ms, 1.234 s.</summary>
    public static string Duration(long ns)
    {
        var ic = CultureInfo.InvariantCulture;
        if (ns < 1000) return ns.ToString(ic) + " ns";
        if (ns < 1_000_000) return (ns / 1e3).ToString("0.0", ic) + " us";
        if (ns < 1_000_000_000) return (ns / 1e6).ToString("0.00", ic) + " ms";
        return (ns / 1e9).ToString("0.000", ic) + " s";
    }
}
