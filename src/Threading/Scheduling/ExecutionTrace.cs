// The record of one controlled execution: the strategy, the seed, the step bound and every decision as
// "t<serial>@<Kind>" (or "t<serial>@Timer" for a fired timer). Its JSON form is what a failing test
// prints; ExecutionTrace.FromJson(json) fed to Configuration.WithReproducibleTrace replays it exactly.
//
//   {"version":1,"strategy":"random","seed":42,"maxSteps":10000,"bug":null,"steps":["t0@ThreadStart",...]}
namespace GilRuntime.Threading.Scheduling;

using System.Text;
using System.Text.Json;

public sealed record ExecutionTrace(string Strategy, ulong Seed, int MaxSteps, IReadOnlyList<string> Steps, string? Bug)
{
    public const int FormatVersion = 1;

    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteNumber("version", FormatVersion);
            w.WriteString("strategy", Strategy);
            w.WriteNumber("seed", Seed);
            w.WriteNumber("maxSteps", MaxSteps);
            if (Bug is null) w.WriteNull("bug"); else w.WriteString("bug", Bug);
            w.WriteStartArray("steps");
            foreach (var s in Steps) w.WriteStringValue(s);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static ExecutionTrace FromJson(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        int version = root.GetProperty("version").GetInt32();
        if (version != FormatVersion) throw new FormatException($"unsupported trace version {version}");
        var steps = new List<string>();
        foreach (var s in root.GetProperty("steps").EnumerateArray()) steps.Add(s.GetString() ?? "");
        var bug = root.TryGetProperty("bug", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
        return new ExecutionTrace(root.GetProperty("strategy").GetString() ?? "", root.GetProperty("seed").GetUInt64(),
                                  root.GetProperty("maxSteps").GetInt32(), steps, bug);
    }

    /// <summary>The steps on one line, comma-separated: the readable form tests compare.</summary>
    public string StepsText => string.Join(",", Steps);
}
