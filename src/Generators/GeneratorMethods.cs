// The Python-visible face of generator objects: __next__, send, throw, close and the gi_* attributes,
// with CPython's argument checking and messages.
namespace GilRuntime.Generators;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

internal static class GeneratorMethods
{
    internal static void Register(PyType t)
    {
        t.AddMethod("__iter__", static (self, a, k) => { ArgParser.Exactly("__iter__", a, k, 0); return self; });
        t.AddMethod("__next__", static (self, a, k) =>
        {
            ArgParser.Exactly("__next__", a, k, 0);
            var g = (PyGenerator)self;
            return PyGenerator.ResultOrStop(g.Send(Py.None, out var r), r);
        });
        t.AddMethod("send", static (self, a, k) =>
        {
            ArgParser.NoKeywords("send", k);
            if (a.Length != 1) throw PyErr.TypeError($"generator.send() takes exactly one argument ({a.Length} given)");
            var g = (PyGenerator)self;
            return PyGenerator.ResultOrStop(g.Send(a[0], out var r), r);
        });
        t.AddMethod("throw", static (self, a, k) =>
        {
            ArgParser.NoKeywords("throw", k);
            if (a.Length < 1 || a.Length > 3)
                throw PyErr.TypeError(a.Length < 1 ? $"throw expected at least 1 argument, got {a.Length}"
                    : $"throw expected at most 3 arguments, got {a.Length}");
            return ((PyGenerator)self).Throw(a[0], a.Length > 1 ? a[1] : null, a.Length > 2 ? a[2] : null);
        });
        t.AddMethod("close", static (self, a, k) =>
        {
            ArgParser.Exactly("close", a, k, 0);
            return ((PyGenerator)self).Close();
        });
        AddGetter(t, "gi_frame", static g => g.Frame is { } f ? f.MarkEscaped() : Py.None);
        AddGetter(t, "gi_running", static g => Py.Bool(g.Running));
        AddGetter(t, "gi_suspended", static g => Py.Bool(g.Suspended));
        AddGetter(t, "gi_code", static g => g.Code);
        AddGetter(t, "gi_yieldfrom", static g => g.YieldFrom() ?? Py.None);
    }

    internal static string NameValue(PyObject? v, string attr) =>
        v is PyStr s ? s.Value : throw PyErr.TypeError($"{attr} must be set to a string object");

    private static void AddGetter(PyType t, string name, Func<PyGenerator, PyObject> get) =>
        t.Dict.SetItem(PyStr.Intern(name), new PyGetSetDescriptor(t, name, o => get((PyGenerator)o)));
}
