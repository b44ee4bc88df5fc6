namespace GilRuntime.Unit.Objects.Numbers;

using GilRuntime.Core.Objects;
using Xunit;

public class FloatReprTests
{
    [Fact]
    public void RandomDoublesMatchCPythonRepr()
    {
        var failures = new List<string>();
        var lines = OracleData.Lines("float_repr.txt");
        Assert.True(lines.Length > 3000);
        foreach (var line in lines)
        {
            int sp = line.IndexOf(' ');
            double v = OracleData.Bits(line[..sp]);
            string expected = line[(sp + 1)..];
            string got = FloatRepr.Repr(v);
            if (got != expected) failures.Add($"{line[..sp]}: expected {expected} got {got}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Theory]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(0.1, "0.1")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1.0, "1.0")]
    [InlineData(123456789012345.0, "123456789012345.0")]
    [InlineData(1.2345678901234568e+16, "1.2345678901234568e+16")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e22, "1e+22")]
    [InlineData(5e-324, "5e-324")]
    public void KnownValues(double v, string expected) => Assert.Equal(expected, FloatRepr.Repr(v));

    [Fact]
    public void StrOfPyFloatIsRepr() => Assert.Equal("2.5", new PyFloat(2.5).Str());
}
