// Argument binding for native functions that stand in for functions CPython writes in Python
// (random.Random.randint, heapq.merge, ...): misuse must raise the messages a Python `def` raises
// ("f() missing 1 required positional argument: 'b'"), not Argument Clinic's, because that is what
// users of CPython see for these functions.
namespace GilRuntime.Core.Modules;

using System.Text;
using GilRuntime.Core.Objects;

public static class FuncArgs
{
    /// <summary>
    /// Binds vectorcall arguments to <paramref name="names"/> as a Python def would: the first
    /// <paramref name="positional"/> names may be given by position or keyword, the rest are keyword-only;
    /// the first <paramref name="required"/> are required. <paramref name="selfCount"/> is 1 for methods
    /// (CPython counts self in "takes N positional arguments"). Missing optional slots stay null.
    /// </summary>
    public static PyObject?[] Bind(string qualname, ReadOnlySpan<PyObject> args, PyTuple? kwnames,
        string[] names, int positional, int required, int selfCount = 0)
    {
        var result = new PyObject?[names.Length];
        BindInto(result, qualname, args, kwnames, names, positional, required, selfCount);
        return result;
    }

    public static void BindInto(PyObject?[] result, string qualname, ReadOnlySpan<PyObject> args, PyTuple? kwnames,
        string[] names, int positional, int required, int selfCount = 0)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos > positional)
        {
            int lo = Math.Min(required, positional) + selfCount, hi = positional + selfCount;
            string takes = lo == hi ? $"{hi} positional argument{(hi == 1 ? "" : "s")}" : $"from {lo} to {hi} positional arguments";
            int given = npos + selfCount;
            throw PyErr.TypeError($"{qualname}() takes {takes} but {given} {(given == 1 ? "was" : "were")} given");
        }
        for (int i = 0; i < npos; i++) result[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            var key = ((PyStr)kwnames![k]).Value;
            int idx = Array.IndexOf(names, key);
            if (idx < 0) throw PyErr.TypeError($"{qualname}() got an unexpected keyword argument '{key}'");
            if (result[idx] is not null) throw PyErr.TypeError($"{qualname}() got multiple values for argument '{key}'");
            result[idx] = args[npos + k];
        }
        int missing = 0;
        for (int i = 0; i < required; i++) if (result[i] is null) missing++;
        if (missing == 0) return;
        bool kwOnly = false;
        var sb = new StringBuilder();
        int seen = 0;
        for (int i = 0; i < required; i++)
        {
            if (result[i] is not null) continue;
            if (i >= positional) kwOnly = true;
            if (seen > 0) sb.Append(missing == 2 ? " and " : seen == missing - 1 ? ", and " : ", ");
            sb.Append('\'').Append(names[i]).Append('\'');
            seen++;
        }
        throw PyErr.TypeError($"{qualname}() missing {missing} required {(kwOnly ? "keyword-only" : "positional")} argument{(missing == 1 ? "" : "s")}: {sb}");
    }

    /// <summary>A float argument as Python arithmetic would see it (int, float, or __float__).</summary>
    public static double ToDouble(PyObject o)
    {
        if (o is PyFloat f) return f.Value;
        if (o is PyInt i) return PyInt.ToDouble(i);
        var r = o.ToFloat();
        if (r is PyFloat rf) return rf.Value;
        throw PyErr.TypeError($"must be real number, not {o.Type.Name}");
    }
}
