namespace GilRuntime.Unit.Modules;

using System.Text.Json;
using GilRuntime.Core.Modules;
using GilRuntime.Core.Objects;
using GilRuntime.Unit.Objects.Numbers;
using Xunit;

/// <summary>The math module against CPython 3.11 (Objects/Data/math_cases.jsonl, from gen_math.py).</summary>
public class MathTests
{
    [Fact]
    public void TableMatchesCPython()
    {
        OracleData.EnsureRuntime();
        var math = MathModule.Create();
        var failures = new List<string>();
        var lines = OracleData.Lines("math_cases.jsonl");
        Assert.True(lines.Length > 1200);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            string f = root.GetProperty("f").GetString()!, expected = root.GetProperty("exp").GetString()!;
            var args = (PyTuple)OracleData.Decode(root.GetProperty("args"));
            string got;
            try
            {
                var r = Ops.GetAttr(math, f).Call(args.Items, null);
                got = $"OK:{r.Type.Name}:{Ops.Repr(r)}";
            }
            catch (PyException e) { got = $"ERR:{e.Value.Type.Name}:{OracleData.Message(e)}"; }
            if (got != expected) failures.Add($"{f}{Ops.Repr(args)}: expected [{expected}] got [{got}]");
        }
        Assert.True(failures.Count == 0, failures.Count + " failures\n" + string.Join("\n", failures));
    }

    [Fact]
    public void ConstantsAndKeywords()
    {
        OracleData.EnsureRuntime();
        var math = MathModule.Create();
        Assert.Equal("3.141592653589793", Ops.Repr(Ops.GetAttr(math, "pi")));
        Assert.Equal("6.283185307179586", Ops.Repr(Ops.GetAttr(math, "tau")));
        Assert.Equal("inf", Ops.Repr(Ops.GetAttr(math, "inf")));
        var isclose = Ops.GetAttr(math, "isclose");
        var kw = new PyTuple([PyStr.From("abs_tol")]);
        Assert.Same(Py.True, isclose.Call([new PyFloat(1.0), new PyFloat(1.05), new PyFloat(0.1)], kw));
        var prod = Ops.GetAttr(math, "prod");
        Assert.Equal("12", Ops.Repr(prod.Call([new PyList([PyInt.From(2), PyInt.From(3)]), PyInt.From(2)], new PyTuple([PyStr.From("start")]))));
        var ex = Assert.Throws<PyException>(() => isclose.Call([new PyFloat(1.0), new PyFloat(1.0), new PyFloat(-1)], new PyTuple([PyStr.From("rel_tol")])));
        Assert.Equal("tolerances must be non-negative", ex.Value.Str());
    }
}
