// The gil module (a gilrun extension): the running GIL's policy, interval, switch counter and statistics,
// so experiments can read from Python what --gil-stats prints at exit.
//   gil.policy()         "cpython", "legacy" or "fair"
//   gil.interval()       the switch interval in seconds (as sys.getswitchinterval reads it)
//   gil.switch_number()  how many times the holder changed since the GIL was created
//   gil.stats()          a dict with the keys of --gil-stats-json (nested dicts, a list of threads)
//   gil.reset_stats()    starts counting again (elapsed, counters, histograms; ended threads forgotten)
namespace GilRuntime.Core.Modules;

using System.Text.Json;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;
using GilRuntime.Threading.Gil;

public static class GilModule
{
    public static PyModule Create()
    {
        var m = new PyModule("gil");
        m.AddFunction("policy", static (a, k) =>
        {
            ArgParser.Exactly("policy", a, k, 0);
            return PyStr.From(Current().PolicyName);
        }, "policy() -> str\n\nThe GIL policy this interpreter runs under.");
        m.AddFunction("interval", static (a, k) =>
        {
            ArgParser.Exactly("interval", a, k, 0);
            return new PyFloat(Current().IntervalMicroseconds / 1e6);
        }, "interval() -> float\n\nThe switch interval in seconds.");
        m.AddFunction("switch_number", static (a, k) =>
        {
            ArgParser.Exactly("switch_number", a, k, 0);
            return PyInt.From(Current().SwitchNumber);
        }, "switch_number() -> int\n\nHow many times the GIL changed holder.");
        m.AddFunction("stats", static (a, k) =>
        {
            ArgParser.Exactly("stats", a, k, 0);
            using var doc = JsonDocument.Parse(Current().Statistics.Snapshot().ToJson(indented: false));
            return FromJson(doc.RootElement);
        }, "stats() -> dict\n\nThe GIL statistics, with the keys of --gil-stats-json.");
        m.AddFunction("reset_stats", static (a, k) =>
        {
            ArgParser.Exactly("reset_stats", a, k, 0);
            Current().Statistics.Reset();
            return Py.None;
        }, "reset_stats()\n\nStarts counting the GIL statistics again.");
        return m;
    }

    private static IGil Current() =>
        ThreadState.Current.Interpreter.Gil ?? throw PyErr.RuntimeError("this interpreter runs without a GIL");

    private static PyObject FromJson(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var d = new PyDict();
                foreach (var p in e.EnumerateObject()) d.SetItem(PyStr.From(p.Name), FromJson(p.Value));
                return d;
            case JsonValueKind.Array:
                var l = new PyList();
                foreach (var item in e.EnumerateArray()) l.Append(FromJson(item));
                return l;
            case JsonValueKind.String:
                return PyStr.From(e.GetString()!);
            case JsonValueKind.Number:
                // The snapshot writes every float with a decimal point, every count without.
                return e.GetRawText().AsSpan().IndexOfAny('.', 'e', 'E') < 0 && e.TryGetInt64(out long n)
                    ? PyInt.From(n)
                    : new PyFloat(e.GetDouble());
            case JsonValueKind.True:
                return Py.True;
            case JsonValueKind.False:
                return Py.False;
            default:
                return Py.None;
        }
    }
}
