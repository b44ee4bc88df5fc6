// The runtime options of the command line (threads, GIL policy and instruments): parsed here and
// applied to the InterpreterOptions of the program gilrun runs. Each takes its value as the next word
// or after '=' (--threads 4, --threads=4).
namespace GilRuntime.Cli;

using System.Globalization;

public sealed class RuntimeOptions
{
    /// <summary>--threads N: run the module body in N worker threads at once (0: the usual single run).</summary>
    public int Threads { get; private set; }
    public string GilPolicy { get; private set; } = "cpython";
    public int? CheckInterval { get; private set; }
    public long? SwitchIntervalMicroseconds { get; private set; }
    public bool GilStats { get; private set; }
    public string? GilStatsJson { get; private set; }
    public string? GilTrace { get; private set; }
    public long? Seed { get; private set; }

    private static IReadOnlyList<string> Policies => GilRuntime.Threading.Gil.GilFactory.Policies;

    /// <summary>The GIL the options ask for.</summary>
    public GilRuntime.Threading.Gil.GilOptions ToGilOptions() => new()
    {
        Policy = GilPolicy,
        IntervalMicroseconds = SwitchIntervalMicroseconds ?? 5000,
        CheckInterval = CheckInterval ?? 100,
        RecordTrace = GilTrace is not null,
    };

    /// <summary>--seed N: the controlled scheduler with the uniformly random strategy seeded with N; null: the OS scheduler.</summary>
    public GilRuntime.Threading.Scheduling.IScheduler? MakeScheduler()
    {
        if (Seed is not { } seed) return null;
        var strategy = new GilRuntime.Threading.Scheduling.Strategies.RandomStrategy();
        strategy.PrepareIteration(unchecked((ulong)seed));
        // A whole program takes a decision at every eval-breaker poll: no step bound.
        return new GilRuntime.Threading.Scheduling.ControlledScheduler(strategy, maxSteps: int.MaxValue);
    }

    /// <summary>
    /// Tries to read the option at args[i]; returns the number of words it used (0: not one of these
    /// options). A bad value gives an error message for the usage path.
    /// </summary>
    public int TryParse(string[] args, int i, out string? error)
    {
        error = null;
        string a = args[i];
        string name = a;
        string? inline = null;
        int eq = a.IndexOf('=');
        if (a.StartsWith("--", StringComparison.Ordinal) && eq > 0)
        {
            name = a[..eq];
            inline = a[(eq + 1)..];
        }
        switch (name)
        {
            case "--gil-stats":
                if (inline is not null) { error = "option --gil-stats takes no value"; return 1; }
                GilStats = true;
                return 1;
            case "--threads":
            case "--gil-policy":
            case "--check-interval":
            case "--switch-interval":
            case "--gil-stats-json":
            case "--gil-trace":
            case "--seed":
                break;
            default:
                return 0;
        }
        string? value = inline;
        int used = 1;
        if (value is null)
        {
            if (i + 1 >= args.Length) { error = $"option {name} expects a value"; return 1; }
            value = args[i + 1];
            used = 2;
        }
        error = Apply(name, value);
        return used;
    }

    private string? Apply(string name, string value)
    {
        switch (name)
        {
            case "--threads":
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1 || n > 10000)
                    return $"--threads: expected a number of threads from 1 to 10000, got '{value}'";
                Threads = n;
                return null;
            case "--gil-policy":
                if (!Policies.Contains(value))
                    return $"--gil-policy: unknown policy '{value}' (choose from {string.Join(", ", Policies)})";
                GilPolicy = value;
                return null;
            case "--check-interval":
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int ci) || ci < 1)
                    return $"--check-interval: expected a positive number of instructions, got '{value}'";
                CheckInterval = ci;
                return null;
            case "--switch-interval":
                // As sys.setswitchinterval: seconds, > 0, kept in whole microseconds.
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) || double.IsNaN(s) || double.IsInfinity(s))
                    return $"--switch-interval: expected a number of seconds, got '{value}'";
                if (s <= 0) return "--switch-interval: switch interval must be strictly positive";
                if (s * 1e6 >= long.MaxValue) return $"--switch-interval: {value} seconds is too large";
                SwitchIntervalMicroseconds = (long)(s * 1e6);
                return null;
            case "--gil-stats-json":
                GilStatsJson = value;
                return null;
            case "--gil-trace":
                GilTrace = value;
                return null;
            case "--seed":
                if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long seed))
                    return $"--seed: expected an integer, got '{value}'";
                Seed = seed;
                return null;
        }
        return null;
    }
}
