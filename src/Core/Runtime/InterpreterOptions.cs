// How an Interpreter is set up: the script's argv, the standard streams and the recursion limit.
namespace GilRuntime.Core.Runtime;

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
}
