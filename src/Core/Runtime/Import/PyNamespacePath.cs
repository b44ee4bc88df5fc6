// _NamespacePath: the __path__ of a namespace package (a directory without __init__.py), a list of the
// portions found on the search path. CPython recomputes it when the parent path changes; ours is fixed
// at import time, which is what programs that do not edit sys.path mid-run observe.
namespace GilRuntime.Core.Runtime.Import;

using GilRuntime.Core.Objects;

public sealed class PyNamespacePath : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    public PyList Paths { get; }

    public PyNamespacePath(PyList paths) => Paths = paths;

    private static PyType MakeType()
    {
        var t = PyType.Builtin("_NamespacePath", typeof(PyNamespacePath));
        t.Module = "_frozen_importlib_external";
        t.AddMethod("append", static (self, a, k) =>
        {
            ArgParser.Exactly("append", a, k, 1);
            ((PyNamespacePath)self).Paths.Append(a[0]);
            return Py.None;
        });
        return t;
    }

    public override PyType Type => TypeObject;
    public override PyObject Iter() => Paths.Iter();
    public override long Length() => Paths.Length();
    public override bool HasLength => true;
    public override PyObject GetItem(PyObject key) => Paths.GetItem(key);
    public override void SetItem(PyObject key, PyObject value) => Paths.SetItem(key, value);
    public override bool Contains(PyObject item) => Paths.Contains(item);
    public override string Repr() => $"_NamespacePath({Paths.Repr()})";
}
