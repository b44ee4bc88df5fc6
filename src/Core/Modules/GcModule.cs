// The gc module. gilrun's memory is managed by the .NET GC, so only what is true here is offered:
// collect() runs a full .NET collection and then the finalizers of the generators and coroutines it
// found abandoned (PendingFinalization); enable/disable/isenabled switch automatic finalization at
// eval-breaker polls (collect() and exit still finalize, as in CPython, where disable() stops only the
// cycle collector); thresholds are kept as settings; garbage and callbacks are the usual lists.
namespace GilRuntime.Core.Modules;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

internal static class GcModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("gc");
        m.Add("__doc__", PyStr.From("This module provides access to the garbage collector for reference cycles."));
        var state = new GcState();
        m.AddFunction("collect", (a, k) =>
        {
            var bound = FuncArgs.Bind("collect", a, k, ["generation"], 1, 0);
            if (bound[0] is { } gen)
            {
                long g = Ops.AsIndex(gen);
                if (g < 0 || g > 2) throw PyErr.ValueError("invalid generation");
            }
            interp.Finalization.Collect();
            return PyInt.From(0);
        });
        m.AddFunction("enable", (a, k) => { ArgParser.Exactly("enable", a, k, 0); interp.Finalization.AutomaticEnabled = true; return Py.None; });
        m.AddFunction("disable", (a, k) => { ArgParser.Exactly("disable", a, k, 0); interp.Finalization.AutomaticEnabled = false; return Py.None; });
        m.AddFunction("isenabled", (a, k) => { ArgParser.Exactly("isenabled", a, k, 0); return Py.Bool(interp.Finalization.AutomaticEnabled); });
        m.AddFunction("get_threshold", (a, k) =>
        {
            ArgParser.Exactly("get_threshold", a, k, 0);
            return new PyTuple([PyInt.From(state.Threshold0), PyInt.From(state.Threshold1), PyInt.From(state.Threshold2)]);
        });
        m.AddFunction("set_threshold", (a, k) =>
        {
            ArgParser.NoKeywords("set_threshold", k);
            if (a.Length < 1 || a.Length > 3)
                throw PyErr.TypeError(a.Length < 1 ? $"set_threshold expected at least 1 argument, got {a.Length}"
                    : $"set_threshold expected at most 3 arguments, got {a.Length}");
            state.Threshold0 = ToInt(a[0]);
            if (a.Length > 1) state.Threshold1 = ToInt(a[1]);
            if (a.Length > 2) state.Threshold2 = ToInt(a[2]);
            return Py.None;
        });
        m.Add("garbage", new PyList());
        m.Add("callbacks", new PyList());
        m.Add("DEBUG_STATS", PyInt.From(1));
        m.Add("DEBUG_COLLECTABLE", PyInt.From(2));
        m.Add("DEBUG_UNCOLLECTABLE", PyInt.From(4));
        m.Add("DEBUG_SAVEALL", PyInt.From(32));
        m.Add("DEBUG_LEAK", PyInt.From(38));
        return m;
    }

    private static int ToInt(PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
        return (int)Ops.AsIndex(o);
    }

    private sealed class GcState
    {
        public int Threshold0 = 700;
        public int Threshold1 = 10;
        public int Threshold2 = 10;
    }
}
