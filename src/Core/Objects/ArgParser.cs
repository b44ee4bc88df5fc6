// Argument checks for builtins with CPython's wording (Python/getargs.c and Argument Clinic output).
namespace GilRuntime.Core.Objects;

public static class ArgParser
{
    /// <summary>"f() takes no keyword arguments".</summary>
    public static void NoKeywords(string fname, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Count > 0)
            throw PyErr.TypeError($"{fname}() takes no keyword arguments");
    }

    /// <summary>Exactly n positional arguments and no keywords: "f() takes exactly one argument (2 given)".</summary>
    public static void Exactly(string fname, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int n)
    {
        NoKeywords(fname, kwnames);
        if (args.Length == n) return;
        if (n == 0) throw PyErr.TypeError($"{fname}() takes no arguments ({args.Length} given)");
        if (n == 1) throw PyErr.TypeError($"{fname}() takes exactly one argument ({args.Length} given)");
        throw PyErr.TypeError($"{fname} expected {n} arguments, got {args.Length}");
    }

    /// <summary>Between min and max positional arguments and no keywords (CPython's unpack_tuple wording).</summary>
    public static void Range(string fname, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int min, int max)
    {
        NoKeywords(fname, kwnames);
        if (args.Length < min)
            throw PyErr.TypeError($"{fname} expected {(min == max ? "" : "at least ")}{min} argument{(min == 1 ? "" : "s")}, got {args.Length}");
        if (args.Length > max)
            throw PyErr.TypeError($"{fname} expected {(min == max ? "" : "at most ")}{max} argument{(max == 1 ? "" : "s")}, got {args.Length}");
    }

    /// <summary>
    /// Binds vectorcall arguments to named parameters (Argument Clinic style). Parameters before
    /// <paramref name="positionalOnly"/> cannot be passed by keyword; missing optional ones stay null.
    /// </summary>
    public static PyObject?[] Bind(string fname, ReadOnlySpan<PyObject> args, PyTuple? kwnames,
        string[] names, int required, int positionalOnly = 0, int maxPositional = -1)
    {
        if (maxPositional < 0) maxPositional = names.Length;
        var result = new PyObject?[names.Length];
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos > maxPositional)
        {
            if (maxPositional == 0) throw PyErr.TypeError($"{fname}() takes no positional arguments");
            throw PyErr.TypeError(required == maxPositional
                ? $"{fname}() takes exactly {maxPositional} positional argument{(maxPositional == 1 ? "" : "s")} ({npos} given)"
                : $"{fname}() takes at most {maxPositional} argument{(maxPositional == 1 ? "" : "s")} ({npos} given)");
        }
        for (int i = 0; i < npos; i++) result[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            var key = ((PyStr)kwnames![k]).Value;
            int idx = Array.IndexOf(names, key);
            if (idx < 0 || idx < positionalOnly)
                throw PyErr.TypeError($"'{key}' is an invalid keyword argument for {fname}()");
            if (result[idx] is not null)
                throw PyErr.TypeError($"argument for {fname}() given by name ('{key}') and position ({idx + 1})");
            result[idx] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
            if (result[i] is null)
                throw PyErr.TypeError(i < positionalOnly || npos > 0 && i >= npos
                    ? $"{fname}() missing required argument '{names[i]}' (pos {i + 1})"
                    : $"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
        return result;
    }
}
