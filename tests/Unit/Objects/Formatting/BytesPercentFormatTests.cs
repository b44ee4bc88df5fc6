namespace GilRuntime.Unit.Objects.Formatting;

using System.Text;
using GilRuntime.Core.Objects;
using GilRuntime.Unit.Objects.Numbers;
using Xunit;

/// <summary>bytes % args; expected values from CPython 3.11.</summary>
public class BytesPercentFormatTests
{
    private static PyBytes B(string s) => PyBytes.From(Encoding.Latin1.GetBytes(s));

    private static string Run(string format, PyObject args) => OracleData.Outcome(() =>
        Encoding.Latin1.GetString(PercentFormat.FormatBytes(Encoding.Latin1.GetBytes(format), args)));

    [Fact]
    public void MatchesCPython()
    {
        OracleData.EnsureRuntime();
        Assert.Equal("OK:x 5", Run("%s %d", new PyTuple([B("x"), PyInt.From(5)])));
        Assert.Equal("ERR:TypeError:%b requires a bytes-like object, or an object that implements __bytes__, not 'str'",
            Run("%s", new PyTuple([PyStr.From("x")])));
        Assert.Equal("OK:'\\xe9'", Run("%r", new PyTuple([PyStr.From("é")])));
        Assert.Equal("ERR:OverflowError:%c arg not in range(256)", Run("%c", new PyTuple([PyInt.From(256)])));
        Assert.Equal("ERR:TypeError:%c requires an integer in range(256) or a single byte", Run("%c", new PyTuple([PyStr.From("a")])));
        Assert.Equal("OK:AB", Run("%c%c", new PyTuple([PyInt.From(65), B("B")])));
        Assert.Equal("OK:b'x'", Run("%a", new PyTuple([B("x")])));
        Assert.Equal("OK:q", Run("%b", new PyTuple([new PyByteArray(Encoding.Latin1.GetBytes("q"))])));
        Assert.Equal("OK:ff", Run("%x", new PyTuple([PyInt.From(255)])));
        var d = new PyDict();
        d.SetItem(B("k"), B("v"));
        Assert.Equal("OK:v", Run("%(k)s", d));
        Assert.Equal("ERR:ValueError:unsupported format character 'y' (0x79) at index 1", Run("%y", new PyTuple([PyInt.From(1)])));
        Assert.Equal("ERR:TypeError:not all arguments converted during bytes formatting", Run("abc", new PyTuple([PyInt.From(1)])));
        Assert.Equal("OK:ab", Run("%s", B("ab")));
        Assert.Equal("OK:  2.2|", Run("%5.1f|", new PyTuple([new PyFloat(2.25)])));
    }
}
