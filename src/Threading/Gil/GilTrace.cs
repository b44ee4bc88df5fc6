// The GIL timeline (--gil-trace): every closed holding / waiting / released interval of every thread,
// written as a Chrome trace-event file (one "X" complete event per interval, one track per thread named
// by an "M" thread_name event) that opens in Perfetto or chrome://tracing.
//
// Memory is bounded: events go into 64 Ki-event chunks (24 bytes an event) allocated on demand, up to
// Capacity events (default 1,000,000, about 24 MB); later events are counted in DroppedEvents and left
// out (the file says how many in "otherData"). Recording is one interlocked increment and a store.
namespace GilRuntime.Threading.Gil;

using System.Text.Json;

public sealed class GilTrace
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;

    private struct Event
    {
        public long Start;
        public long End;
        public int Thread;
        public GilThreadState Kind;
    }

    private readonly Event[]?[] _chunks;
    private readonly object _grow = new();
    private long _next;
    private long _dropped;
    private GilStatistics? _stats;

    public GilTrace(int capacity = 1_000_000)
    {
        if (capacity <= 0) throw new ArgumentOutOfRangeException(nameof(capacity));
        Capacity = capacity;
        _chunks = new Event[]?[(capacity + ChunkSize - 1) / ChunkSize];
    }

    public int Capacity { get; }

    public long EventCount => Math.Min(Volatile.Read(ref _next), Capacity);

    public long DroppedEvents => Volatile.Read(ref _dropped);

    internal void Attach(GilStatistics stats) => _stats = stats;

    internal void Record(int thread, GilThreadState kind, long start, long end)
    {
        if (kind is not (GilThreadState.Holding or GilThreadState.Waiting or GilThreadState.Released)) return;
        long i = Interlocked.Increment(ref _next) - 1;
        if (i >= Capacity)
        {
            Interlocked.Increment(ref _dropped);
            return;
        }
        var chunk = _chunks[i >> ChunkBits] ?? Grow((int)(i >> ChunkBits));
        ref var e = ref chunk[i & (ChunkSize - 1)];
        e.Start = start;
        e.End = end;
        e.Thread = thread;
        e.Kind = kind;
    }

    private Event[] Grow(int index)
    {
        lock (_grow) return _chunks[index] ??= new Event[ChunkSize];
    }

    internal void Clear()
    {
        lock (_grow)
        {
            Volatile.Write(ref _next, 0);
            Volatile.Write(ref _dropped, 0);
        }
    }

    private static string KindName(GilThreadState k) => k switch
    {
        GilThreadState.Holding => "holding",
        GilThreadState.Waiting => "waiting",
        _ => "released",
    };

    /// <summary>Writes the Chrome trace-event JSON; the current state of each live thread is closed at now.</summary>
    public void WriteChromeTrace(string path)
    {
        using var file = File.Create(path);
        WriteChromeTrace(file);
    }

    public void WriteChromeTrace(Stream output)
    {
        var stats = _stats ?? throw new InvalidOperationException("the trace is not attached to a GIL");
        long origin = stats.StartTicks;
        long now = stats.Clock.Now();
        double nsPerTick = stats.Clock.NanosecondsPerTick;
        var threads = stats.Threads();
        using var w = new Utf8JsonWriter(output);
        w.WriteStartObject();
        w.WriteStartArray("traceEvents");
        w.WriteStartObject();
        w.WriteString("name", "process_name");
        w.WriteString("ph", "M");
        w.WriteNumber("pid", 1);
        w.WriteNumber("tid", 0);
        w.WriteStartObject("args");
        w.WriteString("name", "gilrun GIL");
        w.WriteEndObject();
        w.WriteEndObject();
        foreach (var t in threads)
        {
            w.WriteStartObject();
            w.WriteString("name", "thread_name");
            w.WriteString("ph", "M");
            w.WriteNumber("pid", 1);
            w.WriteNumber("tid", t.Thread.Id);
            w.WriteStartObject("args");
            w.WriteString("name", t.Thread.Name);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        long count = EventCount;
        for (long i = 0; i < count; i++)
        {
            var chunk = _chunks[i >> ChunkBits];
            if (chunk is null) continue;
            ref var e = ref chunk[i & (ChunkSize - 1)];
            if (e.Kind == GilThreadState.New) continue;   // a slot reserved but not yet filled
            WriteEvent(w, KindName(e.Kind), e.Thread, (long)((e.Start - origin) * nsPerTick), (long)((e.End - e.Start) * nsPerTick));
        }
        foreach (var t in threads)
        {
            var state = t.State;
            if (state is GilThreadState.Holding or GilThreadState.Waiting or GilThreadState.Released)
            {
                long since = t.StateSinceTicks;
                WriteEvent(w, KindName(state), t.Thread.Id, (long)((since - origin) * nsPerTick), (long)(Math.Max(0, now - since) * nsPerTick));
            }
        }
        w.WriteEndArray();
        w.WriteString("displayTimeUnit", "ms");
        w.WriteStartObject("otherData");
        w.WriteString("policy", stats.PolicyName);
        w.WriteNumber("dropped_events", DroppedEvents);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter w, string name, int tid, long startNs, long durNs)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteString("ph", "X");
        w.WriteNumber("ts", Math.Round(startNs / 1e3, 3));
        w.WriteNumber("dur", Math.Round(durNs / 1e3, 3));
        w.WriteNumber("pid", 1);
        w.WriteNumber("tid", tid);
        w.WriteEndObject();
    }
}
