// Golden tests: every tests/Unit/Golden/<feature>/<name>.py is run by the real gilrun command, from
// the script's own directory, and its interleaved stdout+stderr (plus a final "[exit status N]" line
// when the status is not 0) must equal <name>.out, which CPython 3.11 printed (scripts/golden-update).
// Golden/dis/ holds disassembly goldens and is tested by DisGoldenTests instead.
namespace GilRuntime.Unit;

using System.Diagnostics;
using Xunit;

public class GoldenTests
{
    private static readonly string GoldenRoot = Path.Combine(AppContext.BaseDirectory, "Golden");

    public static IEnumerable<object[]> Scripts()
    {
        if (!Directory.Exists(GoldenRoot)) yield break;
        foreach (var py in Directory.EnumerateFiles(GoldenRoot, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(GoldenRoot, py);
            if (rel.StartsWith("dis" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            if (!File.Exists(Path.ChangeExtension(py, ".out"))) continue;
            yield return [rel];
        }
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Script(string relativePath)
    {
        var py = Path.Combine(GoldenRoot, relativePath);
        var expected = File.ReadAllText(Path.ChangeExtension(py, ".out"));
        var argsFile = Path.ChangeExtension(py, ".args");
        var extra = File.Exists(argsFile) ? File.ReadAllText(argsFile).Trim() : "";

        var actual = GilrunProcess.Run(Path.GetDirectoryName(py)!, Path.GetFileName(py) + (extra.Length > 0 ? " " + extra : ""));
        Assert.Equal(expected, actual);
    }
}

/// <summary>Runs the gilrun command built next to the test assembly, as a user runs it.</summary>
public static class GilrunProcess
{
    private static string GilrunDll => Path.Combine(AppContext.BaseDirectory, "gilrun.dll");

    /// <summary>
    /// Runs `gilrun ARGS` in <paramref name="workingDirectory"/> with stderr merged into stdout (one pipe,
    /// so the interleaving is the real one) and empty stdin; appends "[exit status N]" when N is not 0.
    /// ARGS is split on spaces; no quoting is needed by the goldens. The working directory's own path is
    /// removed from the output, as scripts/golden-update removes it from CPython's.
    /// </summary>
    public static string Run(string workingDirectory, string args, int timeoutSeconds = 60)
    {
        var psi = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add($"exec dotnet exec \"$0\" {args} 2>&1");
        psi.ArgumentList.Add(GilrunDll);
        psi.Environment["DOTNET_TieredPGO"] = "0";
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var output = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            return output.Result + $"\n[timed out after {timeoutSeconds} s]\n";
        }
        // CPython makes the main script's path absolute in tracebacks, and so does gilrun; the goldens
        // are machine-independent, so (as scripts/golden-update does) the directory prefix is removed.
        var text = output.Result.Replace(workingDirectory.TrimEnd('/') + "/", "");
        if (p.ExitCode != 0) text += $"[exit status {p.ExitCode}]\n";
        return text;
    }
}
