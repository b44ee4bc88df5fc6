// Entry point of the `gilrun` command (filled in by the CLI work).
namespace GilRuntime.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("usage: gilrun [option] ... [-c cmd | file | dis file] [arg] ...");
        return 2;
    }
}
