// NamespaceLoader: the loader of namespace packages; there is no code to run.
namespace GilRuntime.Core.Runtime.Import;

using GilRuntime.Core.Objects;

public sealed class PyNamespaceLoader : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private static PyType MakeType()
    {
        var t = PyType.Builtin("NamespaceLoader", typeof(PyNamespaceLoader));
        t.Module = "_frozen_importlib_external";
        t.AddMethod("create_module", static (self, a, k) => Py.None);
        t.AddMethod("exec_module", static (self, a, k) => Py.None);
        t.AddMethod("is_package", static (self, a, k) => Py.True);
        t.AddMethod("get_source", static (self, a, k) => PyStr.From(""));
        return t;
    }

    public override PyType Type => TypeObject;

    public override string Repr() => $"<_frozen_importlib_external.NamespaceLoader object at {Ops.IdHex(this)}>";
}
