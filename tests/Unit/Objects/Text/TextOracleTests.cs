// str, bytes and bytearray methods and operators checked against python3's results (TextOracle.g.cs).
namespace GilRuntime.Unit.Objects.Text;

using GilRuntime.Core.Objects;
using Xunit;

public class TextOracleTests
{
    [Fact]
    public void EveryCallMatchesPython()
    {
        var failures = new List<string>();
        foreach (var (recv, method, args, expected) in TextOracle.Calls())
        {
            var got = OracleValues.Outcome(recv, method, args);
            if (got != expected)
                failures.Add($"{recv.Repr()}.{method}({string.Join(", ", args.Select(a => a.Repr()))}): expected {expected}, got {got}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} mismatches:\n" + string.Join("\n", failures.Take(80)));
    }
}
