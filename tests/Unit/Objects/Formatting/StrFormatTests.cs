namespace GilRuntime.Unit.Objects.Formatting;

using System.Numerics;
using System.Text.Json;
using GilRuntime.Core.Objects;
using GilRuntime.Unit.Objects.Numbers;
using Xunit;

/// <summary>str % args and str.format against CPython (strformat_cases.jsonl, from gen_strformat.py).</summary>
public class StrFormatTests
{
    private static PyObject Decode(JsonElement e) => OracleData.Decode(e);

    [Fact]
    public void TableMatchesCPython()
    {
        var failures = new List<string>();
        var lines = OracleData.Lines("strformat_cases.jsonl");
        Assert.True(lines.Length > 150);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            string fmt = root.GetProperty("fmt").GetString()!, expected = root.GetProperty("exp").GetString()!;
            var args = Decode(root.GetProperty("args"));
            string got = OracleData.Outcome(() =>
            {
                if (root.GetProperty("k").GetString() == "pct") return PercentFormat.Format(fmt, args);
                var kw = (PyDict)Decode(root.GetProperty("kw"));
                return StrFormat.Format(fmt, ((PyTuple)args).Items, kw.Count == 0 ? null : kw);
            });
            if (got != expected) failures.Add($"{fmt} % {Ops.Repr(args)}: expected [{expected}] got [{got}]");
        }
        Assert.True(failures.Count == 0, failures.Count + " failures\n" + string.Join("\n", failures));
    }

    [Fact]
    public void FormatWithoutKwargsRaisesKeyError()
    {
        OracleData.EnsureRuntime();
        var ex = Assert.Throws<PyException>(() => StrFormat.Format("{name}", [], null));
        Assert.Equal("KeyError", ex.Value.Type.Name);
        Assert.Equal("'name'", OracleData.Message(ex));
    }
}
