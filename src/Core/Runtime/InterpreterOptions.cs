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
}
