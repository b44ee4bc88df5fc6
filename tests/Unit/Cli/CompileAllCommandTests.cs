// `gilrun compileall`: walks folders like `python -m compileall` (sorted, __pycache__ skipped, -l, -x),
// writes caches, reports rejected files in CPython's format, ends with the counts; exit status 1 when
// a file was rejected, 2 for a bad command line.
namespace GilRuntime.Unit.Cli;

using GilRuntime.Cli;
using GilRuntime.Core.Runtime;
using Xunit;
using Assert = Xunit.Assert;

public sealed class CompileAllCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "gilrun-compileall-" + Guid.NewGuid().ToString("N"));

    public CompileAllCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "pkg"));
        File.WriteAllText(Path.Combine(_dir, "a.py"), "x = 1\n");
        File.WriteAllText(Path.Combine(_dir, "b.py"), "def f():\n    return 2\n");
        File.WriteAllText(Path.Combine(_dir, "notes.txt"), "not python\n");
        File.WriteAllText(Path.Combine(_dir, "pkg", "bad.py"), "def f():\n    nonlocal q\n");
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private (int Status, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int status = CompileAllCommand.Run(args, o, e);
        return (status, o.ToString(), e.ToString());
    }

    [Fact]
    public void CompilesTreeReportsRejectedFileAndCounts()
    {
        var (status, output, _) = Run("-q", _dir);
        Assert.Equal(1, status);
        var bad = Path.Combine(_dir, "pkg", "bad.py");
        Assert.Equal(
            $"*** Error compiling '{bad}'...\n" +
            $"  File \"{bad}\", line 2\n" +
            "    nonlocal q\n" +
            "    ^^^^^^^^^^\n" +
            "SyntaxError: no binding for nonlocal 'q' found\n\n" +
            "compiled 2 files, rejected 1\n", output.Replace("\r\n", "\n"));
        Assert.True(File.Exists(CodeCache.CachePath(Path.Combine(_dir, "a.py"))));
        Assert.True(File.Exists(CodeCache.CachePath(Path.Combine(_dir, "b.py"))));
        Assert.False(File.Exists(CodeCache.CachePath(bad)));
    }

    [Fact]
    public void VerboseListsFoldersAndOnlyStaleFiles()
    {
        Run("-q", Path.Combine(_dir, "a.py"));
        var (status, output, _) = Run("-l", _dir);
        Assert.Equal(0, status);
        Assert.Equal($"Listing '{_dir}'...\nCompiling '{Path.Combine(_dir, "b.py")}'...\n" +
                     "compiled 2 files (1 already up to date), rejected 0\n", output.Replace("\r\n", "\n"));
        var forced = Run("-l", "-f", _dir).Out;
        Assert.Contains($"Compiling '{Path.Combine(_dir, "a.py")}'...", forced);
    }

    [Fact]
    public void ExcludeRegexAndQuietLevels()
    {
        var (status, output, _) = Run("-q", "-x", "bad", _dir);
        Assert.Equal(0, status);
        Assert.Equal("compiled 2 files, rejected 0\n", output.Replace("\r\n", "\n"));
        var (status2, output2, _) = Run("-qq", _dir);
        Assert.Equal(1, status2);
        Assert.Equal("", output2);
    }

    [Theory]
    [InlineData(new string[0], "expected at least one FILE or DIR")]
    [InlineData(new[] { "--bogus", "x" }, "unrecognized arguments: --bogus")]
    [InlineData(new[] { "-r" }, "argument -r: expected one argument")]
    [InlineData(new[] { "-x", "(", "d" }, "argument -x: invalid regular expression")]
    public void UsageErrorsExitWithStatus2(string[] args, string message)
    {
        var (status, output, err) = Run(args);
        Assert.Equal(2, status);
        Assert.Equal("", output);
        Assert.Contains(message, err);
        Assert.StartsWith("usage: gilrun compileall", err);
    }
}
