// The `gilrun` command. Its command line follows CPython's: options come first, and the first
// non-option word is the script; everything after it belongs to the script's sys.argv. That grammar
// (an open-ended argv passed through untouched) is why the options are parsed here by hand rather
// than with System.CommandLine, whose model would claim the script's own arguments.
namespace GilRuntime.Cli;

using System.Text;
using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Compiler;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class Program
{
    public const string Version = "0.1.0";

    /// <summary>Python threads need deep stacks: the recursion limit, not the OS, must stop recursion.</summary>
    private const int MainThreadStackBytes = 512 * 1024 * 1024;

    public static int Main(string[] args)
    {
        int status = 0;
        using var finished = new ManualResetEvent(false);
        var thread = new Thread(() =>
        {
            try { status = Run(args); }
            finally { finished.Set(); }
        }, MainThreadStackBytes) { Name = "MainThread" };
        thread.Start();
        // This thread only waits. Once the interpreter exists, it compiles the dispatch loop while the
        // script is read and compiled.
        if (WaitHandle.WaitAny([Interpreter.FirstCreated, finished]) == 0) Interpreter.PrepareEvalLoop();
        thread.Join();
        return status;
    }

    private static int Run(string[] args)
    {
        GilRuntime.Generators.GeneratorSupport.Install();
        var stdout = OpenStdout();
        var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
        try
        {
            return Dispatch(args, stdout, stderr);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The runtime turns Python-level failures into tracebacks; reaching here is a bug in gilrun.
            // Even then the user sees one line, never a .NET stack trace.
            stdout.Flush();
            stderr.WriteLine($"gilrun: internal error: {e.GetType().Name}: {e.Message}");
            return 70;
        }
        finally
        {
            try { stdout.Flush(); } catch (IOException) { }
        }
    }

    private static StreamWriter OpenStdout()
    {
        // Like CPython: line-at-a-time on a terminal, block-buffered into a pipe or file.
        var w = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16)
        {
            AutoFlush = !Console.IsOutputRedirected,
        };
        return w;
    }

    private static int Dispatch(string[] args, StreamWriter stdout, StreamWriter stderr)
    {
        int i = 0;
        while (i < args.Length)
        {
            var a = args[i];
            switch (a)
            {
                case "-h": case "--help":
                    stdout.Write(Usage.Help);
                    return 0;
                case "-V": case "--version":
                    stdout.WriteLine($"gilrun {Version} (Python 3.11)");
                    return 0;
                case "-c":
                    if (i + 1 >= args.Length) return Usage.Error(stderr, "Argument expected for the -c option");
                    return RunCode(args[i + 1], ["-c", .. args[(i + 2)..]], stdout, stderr);
                case "-E":
                    s_ignoreEnvironment = true;
                    i++;
                    continue;
                case "-u": case "-B": case "-s": case "-S":
                    i++; // accepted for compatibility with python3 command lines; they change nothing here
                    continue;
                case "-":
                    return RunStdin(args[(i + 1)..], stdout, stderr);
                case "compileall" when i == 0:
                    return CompileAllCommand.Run(args[1..], stdout, stderr);
                case "dis" when i == 0:
                    return args.Length == 2 ? Disassemble(args[1], stdout, stderr)
                        : Usage.Error(stderr, "dis expects exactly one FILE");
            }
            int used = s_runtime.TryParse(args, i, out var optionError);
            if (optionError is not null) return Usage.Error(stderr, optionError);
            if (used > 0)
            {
                i += used;
                continue;
            }
            if (a.StartsWith('-') && a.Length > 1)
                return Usage.Error(stderr, $"unknown option {a}");
            return RunScript(a, args[i..], stdout, stderr);
        }
        if (!Console.IsInputRedirected)
            return Usage.Error(stderr, "no script given (the interactive prompt is not available)");
        return RunStdin([], stdout, stderr);
    }

    /// <summary>-E: PYTHON* environment variables (PYTHONPATH) are ignored.</summary>
    private static bool s_ignoreEnvironment;

    /// <summary>--threads, --switch-interval, …: the runtime options seen so far.</summary>
    private static readonly RuntimeOptions s_runtime = new();

    private static Interpreter NewInterpreter(string[] argv, string? scriptDirectory, StreamWriter stdout, StreamWriter stderr)
    {
        var interp = new Interpreter(new InterpreterOptions
        {
            Argv = argv,
            Stdout = stdout,
            Stderr = stderr,
            Stdin = Console.In,
            ScriptDirectory = scriptDirectory,
            PythonPath = s_ignoreEnvironment ? null : Environment.GetEnvironmentVariable("PYTHONPATH"),
            Gil = s_runtime.ToGilOptions(),
            Scheduler = s_runtime.MakeScheduler() ?? GilRuntime.Threading.Scheduling.OsScheduler.Instance,
        });
        InstallSigint(interp);
        return interp;
    }

    private static System.Runtime.InteropServices.PosixSignalRegistration? s_sigint;

    /// <summary>
    /// Ctrl-C: instead of ending the process, SIGINT is handed to the interpreter, whose main thread
    /// raises KeyboardInterrupt at its next eval-breaker poll or out of the blocking wait it is in.
    /// </summary>
    private static void InstallSigint(Interpreter interp)
    {
        if (OperatingSystem.IsWindows())
        {
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                interp.TripSignal(2);
            };
            return;
        }
        s_sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGINT, ctx =>
            {
                ctx.Cancel = true;
                interp.TripSignal(2);
            });
    }

    private static int RunScript(string path, string[] argv, StreamWriter stdout, StreamWriter stderr)
    {
        if (!File.Exists(path))
        {
            var full = Path.GetFullPath(path);
            var reason = Directory.Exists(path) ? $"can't find '__main__' module in '{full}'"
                : $"can't open file '{full}': [Errno 2] No such file or directory";
            stderr.WriteLine($"gilrun: {reason}");
            return 2;
        }
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        // Like CPython 3.11, the main script runs under its absolute path (__file__, tracebacks),
        // while sys.argv[0] stays as typed.
        var interp = NewInterpreter(argv, dir, stdout, stderr);
        int status = s_runtime.Threads > 0
            ? interp.RunFileInWorkers(Path.GetFullPath(path), s_runtime.Threads)
            : interp.RunFile(Path.GetFullPath(path));
        return Instruments(interp, status, stdout, stderr);
    }

    private static int RunCode(string code, string[] argv, StreamWriter stdout, StreamWriter stderr)
    {
        var interp = NewInterpreter(argv, null, stdout, stderr);
        int status = s_runtime.Threads > 0 ? interp.RunInWorkers(code, "<string>", s_runtime.Threads) : interp.RunString(code, "<string>");
        return Instruments(interp, status, stdout, stderr);
    }

    private static int RunStdin(string[] rest, StreamWriter stdout, StreamWriter stderr)
    {
        var interp = NewInterpreter(["-", .. rest], null, stdout, stderr);
        var source = Console.In.ReadToEnd();
        int status = s_runtime.Threads > 0 ? interp.RunInWorkers(source, "<stdin>", s_runtime.Threads) : interp.RunString(source, "<stdin>");
        return Instruments(interp, status, stdout, stderr);
    }

    /// <summary>
    /// At exit: --gil-stats prints the GIL's report on stderr, --gil-stats-json and --gil-trace write
    /// their files. A file that cannot be written is reported and makes the status 1 if it was 0.
    /// </summary>
    private static int Instruments(Interpreter interp, int status, StreamWriter stdout, StreamWriter stderr)
    {
        if (interp.Gil is not { } gil) return status;
        stdout.Flush();
        if (s_runtime.GilStats || s_runtime.GilStatsJson is not null)
        {
            var snapshot = gil.Statistics.Snapshot();
            if (s_runtime.GilStats) stderr.Write(snapshot.FormatReport());
            if (s_runtime.GilStatsJson is { } json && !TryWrite(json, () => File.WriteAllText(json, snapshot.ToJson()), stderr) && status == 0)
                status = 1;
        }
        if (s_runtime.GilTrace is { } trace && gil.Trace is { } recorder
            && !TryWrite(trace, () => recorder.WriteChromeTrace(trace), stderr) && status == 0)
            status = 1;
        return status;
    }

    private static bool TryWrite(string path, Action write, StreamWriter stderr)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            stderr.WriteLine($"gilrun: cannot write '{path}': {e.Message}");
            return false;
        }
    }

    private static int Disassemble(string path, StreamWriter stdout, StreamWriter stderr)
    {
        if (!File.Exists(path))
        {
            stderr.WriteLine($"gilrun: can't open file '{Path.GetFullPath(path)}': [Errno 2] No such file or directory");
            return 2;
        }
        CodeObject code;
        try
        {
            code = PythonCompiler.Compile(File.ReadAllText(path), path, CompileMode.Exec);
        }
        catch (PyException e)
        {
            stdout.Flush();
            stderr.Write(TracebackPrinter.Format(e.Value));
            return 1;
        }
        Disassembler.Disassemble(code, stdout);
        return 0;
    }
}
