// TEMPORARY bridge to the formatting engines (PercentFormat, StrFormat, NumberFormat) owned by the
// numbers helper: bound by name at first use so this folder compiles before they land on main.
// Replace the bodies with direct calls once they are on main.
namespace GilRuntime.Core.Objects;

using System.Reflection;

internal static class TextFormatBridge
{
    private delegate string PercentFn(string format, PyObject args);
    private delegate string StrFormatFn(string template, ReadOnlySpan<PyObject> args, PyDict? kwargs);

    private static readonly PercentFn? s_percent = Bind<PercentFn>("PercentFormat", "Format");
    private static readonly StrFormatFn? s_strFormat = Bind<StrFormatFn>("StrFormat", "Format");

    private static T? Bind<T>(string typeName, string method) where T : Delegate
    {
        var t = typeof(PyObject).Assembly.GetType("GilRuntime.Core.Objects." + typeName);
        var invoke = typeof(T).GetMethod("Invoke")!;
        var ps = Array.ConvertAll(invoke.GetParameters(), p => p.ParameterType);
        var m = t?.GetMethod(method, BindingFlags.Public | BindingFlags.Static, ps);
        return m is null ? null : (T)Delegate.CreateDelegate(typeof(T), m);
    }

    public static string Percent(string format, PyObject args) =>
        s_percent is not null ? s_percent(format, args) : throw PyErr.NotImplementedError("str % args is not available yet");

    public static string StrFormat(string template, ReadOnlySpan<PyObject> args, PyDict? kwargs) =>
        s_strFormat is not null ? s_strFormat(template, args, kwargs) : throw PyErr.NotImplementedError("str.format is not available yet");

    public static string FormatStr(string s, string spec) => NumberFormat.FormatStr(s, spec);
}
