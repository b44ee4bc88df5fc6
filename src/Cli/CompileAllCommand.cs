// `gilrun compileall [-q] [-f] [-l] [-r N] [-x REGEX] FILE|DIR ...`: the counterpart of
// `python -m compileall` (Lib/compileall.py). Every .py file below each DIR (sorted, __pycache__ and
// symlinked directories skipped, as CPython walks) is compiled and its __pycache__ entry written by
// Runtime/CodeCache; a file whose cache is current is skipped unless -f. Output follows CPython's:
// "Listing '...'..." / "Compiling '...'..." unless -q, and for a rejected file "*** " (or, with -q,
// "*** Error compiling '...'...") then the SyntaxError as traceback.format_exception_only prints it.
// gilrun adds one closing line with the counts. A compiler crash is reported for that file (never
// kills the run) and counted apart, since it is a gilrun bug rather than a verdict on the file.
// Exit status: 0 when every file compiled, 1 otherwise, 2 for a bad command line.
namespace GilRuntime.Cli;

using System.Text;
using System.Text.RegularExpressions;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public sealed class CompileAllCommand
{
    public const string UsageLine = "usage: gilrun compileall [-h] [-l] [-r RECURSION] [-f] [-q] [-x REGEXP] FILE|DIR ...";

    public const string Help = """
        usage: gilrun compileall [-h] [-l] [-r RECURSION] [-f] [-q] [-x REGEXP] FILE|DIR ...

        Compiles every .py file below each DIR (and each FILE given) and writes its __pycache__ entry,
        as `python3 -m compileall` does; ends with the counts of compiled and rejected files.

        options:
          -h, --help    show this help message and exit
          -l            don't recurse into subdirectories
          -r RECURSION  recurse at most RECURSION levels of subdirectories
          -f            force rebuild even if the cache is up to date
          -q            output only error messages; -qq suppresses the error messages as well
          -x REGEXP     skip files whose full path matches the regular expression

        Exit status: 0 when every file compiled, 1 when any was rejected, 2 for a bad command line.

        """;

    private readonly TextWriter _out;
    private int _quiet;
    private bool _force;
    private int _maxLevels = 1000;
    private Regex? _exclude;
    private int _compiled, _upToDate, _rejected, _crashed;

    private CompileAllCommand(TextWriter stdout) { _out = stdout; }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var cmd = new CompileAllCommand(stdout);
        var targets = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a == "--") { targets.AddRange(args[(i + 1)..]); break; }
            if (a.Length < 2 || a[0] != '-') { targets.Add(a); continue; }
            switch (a)
            {
                case "-h": case "--help": stdout.Write(Help); return 0;
                case "-l": cmd._maxLevels = 0; continue;
                case "-f": cmd._force = true; continue;
                case "-r":
                    if (i + 1 >= args.Length) return Error(stderr, "argument -r: expected one argument");
                    if (!int.TryParse(args[++i], out cmd._maxLevels))
                        return Error(stderr, $"argument -r: invalid int value: '{args[i]}'");
                    continue;
                case "-x":
                    if (i + 1 >= args.Length) return Error(stderr, "argument -x: expected one argument");
                    try { cmd._exclude = new Regex(args[++i], RegexOptions.CultureInvariant); }
                    catch (ArgumentException e) { return Error(stderr, $"argument -x: invalid regular expression: {e.Message}"); }
                    continue;
            }
            if (a.AsSpan(1).TrimStart('q').IsEmpty)
            {
                cmd._quiet += a.Length - 1;
                continue;
            }
            return Error(stderr, $"unrecognized arguments: {a}");
        }
        if (targets.Count == 0) return Error(stderr, "expected at least one FILE or DIR");

        bool ok = true;
        foreach (var t in targets)
            ok &= File.Exists(t) ? cmd.CompileFile(t) : cmd.CompileDir(t, cmd._maxLevels);
        if (cmd._quiet < 2)
        {
            var sb = new StringBuilder($"compiled {cmd._compiled + cmd._upToDate} files");
            if (cmd._upToDate > 0) sb.Append($" ({cmd._upToDate} already up to date)");
            sb.Append($", rejected {cmd._rejected}");
            if (cmd._crashed > 0) sb.Append($", compiler crashed on {cmd._crashed}");
            cmd._out.WriteLine(sb.ToString());
        }
        return ok ? 0 : 1;
    }

    private static int Error(TextWriter stderr, string message)
    {
        stderr.WriteLine(UsageLine);
        stderr.WriteLine($"gilrun compileall: error: {message}");
        return 2;
    }

    private static string Repr(string s) => PyStr.From(s).Repr();

    private bool CompileDir(string dir, int maxLevels)
    {
        if (_quiet == 0) _out.WriteLine($"Listing {Repr(dir)}...");
        string[] names;
        try
        {
            names = Directory.GetFileSystemEntries(dir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            if (_quiet < 2) _out.WriteLine($"Can't list {Repr(dir)}");
            return true; // as CPython: an unreadable directory is reported, not a failure
        }
        for (int i = 0; i < names.Length; i++) names[i] = Path.GetFileName(names[i]);
        Array.Sort(names, StringComparer.Ordinal);
        bool ok = true;
        foreach (var name in names)
        {
            if (name == "__pycache__") continue;
            var full = Path.Join(dir, name);
            if (!Directory.Exists(full)) ok &= CompileFile(full);
            else if (maxLevels > 0 && new DirectoryInfo(full).LinkTarget is null)
                ok &= CompileDir(full, maxLevels - 1);
        }
        return ok;
    }

    private bool CompileFile(string path)
    {
        if (_exclude is not null && _exclude.IsMatch(path)) return true;
        if (!path.EndsWith(".py", StringComparison.Ordinal) || !File.Exists(path)) return true;
        try
        {
            if (!_force && CodeCache.IsCurrent(path)) { _upToDate++; return true; }
            if (_quiet == 0) _out.WriteLine($"Compiling {Repr(path)}...");
            CodeCache.Refresh(path, force: true);
            _compiled++;
            return true;
        }
        catch (PyException e)
        {
            _rejected++;
            Report(path, e.Value is PySyntaxError ? FormatExceptionOnly(e.Value)
                : TracebackPrinter.ExceptionLine(e.Value) + "\n");
            return false;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _crashed++;
            Report(path, $"gilrun internal error: {e.GetType().Name}: {e.Message}\n");
            return false;
        }
    }

    private static string FormatExceptionOnly(PyBaseException exc)
    {
        var sb = new StringBuilder();
        TracebackPrinter.FormatOne(sb, exc);
        return sb.ToString();
    }

    private void Report(string path, string message)
    {
        if (_quiet >= 2) return;
        if (_quiet == 1) _out.WriteLine($"*** Error compiling {Repr(path)}...");
        else _out.Write("*** ");
        _out.WriteLine(message);
    }
}
