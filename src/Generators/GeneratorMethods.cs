// The Python-visible face of generator and coroutine objects: send, throw, close and the gi_*/cr_*
// attributes, with CPython's argument checking and messages ("generator.send() takes exactly one
// argument", "coroutine.close() takes no arguments", ...).
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
            return PyGenBase.ResultOrStop(g.Send(Py.None, out var r), r);
        });
        RegisterProtocol(t, "generator");
        AddGetters(t, "gi");
        AddGetter(t, "gi_yieldfrom", static g => g.YieldFrom() ?? Py.None);
    }

    /// <summary>send/throw/close, shared by generators and coroutines (the type name goes into messages).</summary>
    internal static void RegisterProtocol(PyType t, string typeName)
    {
        RegisterCommon(t);
        var sendName = typeName + ".send";
        var closeName = typeName + ".close";
        t.AddMethod("send", (self, a, k) =>
        {
            ArgParser.NoKeywords(sendName, k);
            if (a.Length != 1) throw PyErr.TypeError($"{sendName}() takes exactly one argument ({a.Length} given)");
            var g = (PyGenBase)self;
            return PyGenBase.ResultOrStop(g.Send(a[0], out var r), r);
        });
        t.AddMethod("throw", static (self, a, k) =>
        {
            CheckThrowArgs(a, k);
            return ((PyGenBase)self).Throw(a[0], a.Length > 1 ? a[1] : null, a.Length > 2 ? a[2] : null);
        });
        t.AddMethod("close", (self, a, k) =>
        {
            ArgParser.Exactly(closeName, a, k, 0);
            return ((PyGenBase)self).Close();
        });
    }

    /// <summary>What the three kinds' types all hold: the writable __name__ and __qualname__, and __del__ (tp_finalize).</summary>
    internal static void RegisterCommon(PyType t)
    {
        t.Dict.SetItem(PyStr.Intern("__name__"), new PyGetSetDescriptor(t, "__name__",
            static o => PyStr.From(((PyGenBase)o).Name),
            static (o, v) => ((PyGenBase)o).Name = NameValue(v, "__name__")));
        t.Dict.SetItem(PyStr.Intern("__qualname__"), new PyGetSetDescriptor(t, "__qualname__",
            static o => PyStr.From(((PyGenBase)o).QualName),
            static (o, v) => ((PyGenBase)o).QualName = NameValue(v, "__qualname__")));
        t.AddMethod("__del__", static (self, a, k) =>
        {
            ArgParser.Exactly("__del__", a, k, 0);
            ((PyGenBase)self).RunFinalizer();
            return Py.None;
        });
    }

    internal static void CheckThrowArgs(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        ArgParser.NoKeywords("throw", k);
        if (a.Length < 1 || a.Length > 3)
            throw PyErr.TypeError(a.Length < 1 ? $"throw expected at least 1 argument, got {a.Length}"
                : $"throw expected at most 3 arguments, got {a.Length}");
    }

    /// <summary>The frame, running, suspended and code attributes under the kind's prefix (gi_, cr_, ag_).</summary>
    internal static void AddGetters(PyType t, string prefix)
    {
        AddGetter(t, prefix + "_frame", static g => g.Frame is { } f ? f.MarkEscaped() : Py.None);
        AddGetter(t, prefix + "_running", static g => Py.Bool(g.Running));
        AddGetter(t, prefix + "_suspended", static g => Py.Bool(g.Suspended));
        AddGetter(t, prefix + "_code", static g => g.Code);
    }

    internal static string NameValue(PyObject? v, string attr) =>
        v is PyStr s ? s.Value : throw PyErr.TypeError($"{attr} must be set to a string object");

    internal static void AddGetter(PyType t, string name, Func<PyGenBase, PyObject> get) =>
        t.Dict.SetItem(PyStr.Intern(name), new PyGetSetDescriptor(t, name, o => get((PyGenBase)o)));
}
