// How an Interpreter is set up: the script's argv, the standard streams, the recursion limit, and the
// scheduler and GIL its threads run under.
namespace GilRuntime.Core.Runtime;

using GilRuntime.Threading;
using GilRuntime.Threading.Gil;
using GilRuntime.Threading.Scheduling;

public sealed class InterpreterOptions
{
    /// <summary>sys.argv: the script path (or "-c") followed by its arguments.</summary>
    public string[] Argv { get; set; } = [""];
    public TextWriter Stdout { get; set; } = Console.Out;
    public TextWriter Stderr { get; set; } = Console.Error;
    public TextReader Stdin { get; set; } = Console.In;
    /// <summary>The directory put first on sys.path (the script's directory); null: the current directory.</summary>
    public string? ScriptDirectory { get; set; }
    public int RecursionLimit { get; set; } = 1000;

    /// <summary>
    /// PYTHONPATH: directories (separated by ':') put on sys.path after the script's directory and before
    /// the shipped library. Defaults to the environment variable; the command's -E/-I set it to null.
    /// </summary>
    public string? PythonPath { get; set; } = Environment.GetEnvironmentVariable("PYTHONPATH");

    /// <summary>The directory of the modules written in Python shipped with gilrun (src/Lib, copied beside the assembly).</summary>
    public string LibDirectory { get; set; } = DefaultLibDirectory;

    public static string DefaultLibDirectory => Path.Combine(AppContext.BaseDirectory, "Lib");

    /// <summary>
    /// Every thread start, GIL hand-off and blocking wait goes through this scheduler: the OS one in
    /// production, a controlled (seeded, serializing) one under systematic testing.
    /// </summary>
    public IScheduler Scheduler { get; set; } = OsScheduler.Instance;

    /// <summary>The GIL's policy and knobs (--gil-policy, --check-interval, --gil-trace); null: CPython's policy, defaults.</summary>
    public GilOptions? Gil { get; set; }

    /// <summary>Builds the interpreter's GIL from its scheduler and eval breaker, overriding <see cref="Gil"/> (tests, hosts).</summary>
    public Func<IScheduler, EvalBreaker, IGil>? GilFactory { get; set; }

    /// <summary>--switch-interval: the GIL's initial interval in microseconds; null keeps the policy's default (5000).</summary>
    public long? SwitchIntervalMicroseconds { get; set; }
}
