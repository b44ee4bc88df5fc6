// sys.unraisablehook / sys.__unraisablehook__ and their UnraisableHookArgs: exceptions nothing can
// catch (a finalizer's, a _thread function's) go to the hook; the builtin hook prints them.
namespace GilRuntime.Core.Modules;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class UnraisableHook
{
    private static readonly PyType s_argsType = PyStructSeq.MakeType("UnraisableHookArgs");
    private static readonly string[] s_fields = ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"];

    /// <summary>The hook's argument: exc_type, exc_value, exc_traceback, err_msg (None for the default message), object.</summary>
    public static PyObject MakeArgs(PyBaseException exc, string? errMsg, PyObject? obj) =>
        new PyStructSeq(s_argsType, s_fields,
            [exc.Type, exc, exc.Traceback ?? Py.None, errMsg is null ? Py.None : PyStr.From(errMsg), obj ?? Py.None]);

    internal static void Register(PyModule sys, Interpreter interp)
    {
        var hook = new PyBuiltinFunction("unraisablehook", (a, k) =>
        {
            ArgParser.Exactly("unraisablehook", a, k, 1);
            var args = a[0];
            if (args.Type != s_argsType) throw PyErr.TypeError("sys.unraisablehook argument type must be UnraisableHookArgs");
            var seq = ((PyStructSeq)args).Tuple;
            if (seq[1] is PyBaseException exc)
            {
                var msg = seq[3] is PyStr s ? s.Value : "Exception ignored in";
                interp.WriteUnraisableDefault(exc, msg, seq[4] is PyNone ? null : seq[4]);
            }
            return Py.None;
        }, sys);
        sys.Add("unraisablehook", hook);
        sys.Add("__unraisablehook__", hook);
    }
}
