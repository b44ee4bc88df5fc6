// The itertools module (CPython's Modules/itertoolsmodule.c): lazy iterator types whose Next()
// returns null at the end, as tp_iternext returns NULL, so loops over them raise nothing.
namespace GilRuntime.Core.Modules.Itertools;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class ItertoolsModule
{
    public static PyModule Create()
    {
        var m = new PyModule("itertools");
        foreach (var t in new[]
        {
            PyCount.TypeObject, PyCycle.TypeObject, PyRepeat.TypeObject, PyAccumulate.TypeObject, PyChain.TypeObject,
            PyCompress.TypeObject, PyDropWhile.TypeObject, PyTakeWhile.TypeObject, PyFilterFalse.TypeObject,
            PyGroupBy.TypeObject, PyISlice.TypeObject, PyPairwise.TypeObject, PyStarMap.TypeObject,
            PyZipLongest.TypeObject, PyProduct.TypeObject, PyPermutations.TypeObject, PyCombinations.TypeObject,
            PyCombinationsWithReplacement.TypeObject,
        })
            m.Add(t.Name, t);
        m.Add("_grouper", PyGrouper.TypeObject);
        m.Add("_tee", PyTee.TypeObject);
        m.Add("_tee_dataobject", PyTee.DataTypeObject);
        m.AddFunction("tee", PyTee.TeeFunction);
        return m;
    }

    /// <summary>An itertools iterator type: named as CPython names it, with __iter__/__next__.</summary>
    internal static PyType MakeType(string name, Type clr, TypeNew @new)
    {
        var t = PyIteratorBase.MakeType(name, clr, @new);
        t.Module = "itertools";
        return t;
    }

    /// <summary>Argument Clinic's "f() takes no keyword arguments" plus a positional count range.</summary>
    internal static void Positional(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int min, int max)
    {
        ArgParser.NoKeywords(name, kw);
        if (args.Length < min || args.Length > max)
        {
            if (min == max) throw PyErr.TypeError($"{name} expected {min} argument{(min == 1 ? "" : "s")}, got {args.Length}");
            if (args.Length < min) throw PyErr.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {args.Length}");
            throw PyErr.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {args.Length}");
        }
    }
}
