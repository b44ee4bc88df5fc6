// The random module: random.Random (PyRandom) and the module-level functions, which are the bound
// methods of one hidden instance seeded from the OS, as Lib/random.py binds them to `_inst`.
namespace GilRuntime.Core.Modules;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class RandomModule
{
    private static readonly string[] s_bound =
    [
        "seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample", "shuffle",
        "choices", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate",
        "gauss", "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits",
        "randbytes",
    ];

    public static PyModule Create()
    {
        var m = new PyModule("random");
        m.Add("Random", PyRandom.TypeObject);
        m.Add("SystemRandom", PyRandom.SystemTypeObject);
        var inst = (PyRandom)PyRandom.TypeObject.Call([], null);
        m.Add("_inst", inst);
        foreach (var name in s_bound) m.Add(name, Ops.GetAttr(inst, name));
        m.Add("NV_MAGICCONST", new PyFloat(4 * Math.Exp(-0.5) / Math.Sqrt(2.0)));
        m.Add("TWOPI", new PyFloat(2.0 * Math.PI));
        m.Add("LOG4", new PyFloat(Math.Log(4.0)));
        m.Add("SG_MAGICCONST", new PyFloat(1.0 + Math.Log(4.5)));
        m.Add("BPF", PyInt.From(53));
        m.Add("RECIP_BPF", new PyFloat(Math.Pow(2, -53)));
        var all = new PyObject[s_bound.Length + 2];
        all[0] = PyStr.From("Random");
        all[1] = PyStr.From("SystemRandom");
        for (int i = 0; i < s_bound.Length; i++) all[i + 2] = PyStr.From(s_bound[i]);
        m.Add("__all__", new PyList(all));
        return m;
    }
}
