namespace GilRuntime.Unit.Objects.Formatting;

using System.Numerics;
using GilRuntime.Core.Objects;
using GilRuntime.Unit.Objects.Numbers;
using Xunit;

public class NumberFormatTests
{
    [Fact]
    public void FormatSpecTableMatchesCPython()
    {
        var failures = new List<string>();
        var lines = OracleData.Lines("format_cases.txt");
        Assert.True(lines.Length > 4000);
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            string kind = parts[0], lit = parts[1], spec = OracleData.Unescape(parts[2]), expected = OracleData.Unescape(parts[3]);
            string got = kind switch
            {
                "i" => OracleData.Outcome(() => NumberFormat.FormatInt(PyInt.From(BigInteger.Parse(lit)), spec)),
                "f" => OracleData.Outcome(() => NumberFormat.FormatFloat(OracleData.Bits(lit), spec)),
                "c" => OracleData.Outcome(() => NumberFormat.FormatComplex(
                    new PyComplex(OracleData.Bits(lit.Split(',')[0]), OracleData.Bits(lit.Split(',')[1])), spec)),
                _ => OracleData.Outcome(() => NumberFormat.FormatStr(OracleData.Unescape(lit), spec)),
            };
            if (got != expected) failures.Add($"{kind} {lit} '{spec}': expected [{expected}] got [{got}]");
        }
        Assert.True(failures.Count == 0, failures.Count + " failures\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void SpecParse()
    {
        var s = FormatSpec.Parse("*^+#012,.3f");
        Assert.Equal("*", s.Fill);
        Assert.Equal('^', s.Align);
        Assert.Equal('+', s.Sign);
        Assert.True(s.Alternate);
        Assert.Equal(12, s.Width);
        Assert.Equal(',', s.Grouping);
        Assert.Equal(3, s.Precision);
        Assert.Equal('f', s.Type);
    }
}
