namespace GilRuntime.Unit.Objects.Numbers;

using System.Text.Json;
using GilRuntime.Core.Objects;
using Xunit;

/// <summary>Methods and attributes of int/bool/float/complex against CPython (methods_cases.jsonl, gen_methods.py).</summary>
public class NumberMethodsTests
{
    [Fact]
    public void MethodTableMatchesCPython()
    {
        OracleData.EnsureRuntime();
        var failures = new List<string>();
        var lines = OracleData.Lines("methods_cases.jsonl");
        Assert.True(lines.Length > 800);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var recvEl = root.GetProperty("v");
            PyObject recv = recvEl.TryGetProperty("type", out var tn)
                ? (tn.GetString() == "int" ? PyInt.TypeObject : PyFloat.TypeObject)
                : OracleData.Decode(recvEl);
            string m = root.GetProperty("m").GetString()!, expected = root.GetProperty("exp").GetString()!;
            var argsEl = root.GetProperty("args");
            string got;
            try
            {
                var attr = Ops.GetAttr(recv, m);
                PyObject r = attr;
                if (argsEl.ValueKind != JsonValueKind.Null)
                {
                    var args = ((PyTuple)OracleData.Decode(argsEl)).Items.ToList();
                    var kw = (PyDict)OracleData.Decode(root.GetProperty("kw"));
                    var names = new List<PyObject>();
                    foreach (var kv in kw.Items()) { names.Add(kv.Key); args.Add(kv.Value); }
                    r = attr.Call(args.ToArray(), names.Count == 0 ? null : new PyTuple(names.ToArray()));
                }
                got = $"OK:{r.Type.Name}:{Ops.Repr(r)}";
            }
            catch (PyException e) { got = $"ERR:{e.Value.Type.Name}:{OracleData.Message(e)}"; }
            if (got != expected) failures.Add($"{Ops.Repr(recv)}.{m}{(argsEl.ValueKind == JsonValueKind.Null ? "" : argsEl.ToString())}: expected [{expected}] got [{got}]");
        }
        Assert.True(failures.Count == 0, failures.Count + " failures\n" + string.Join("\n", failures.Take(80)));
    }
}
