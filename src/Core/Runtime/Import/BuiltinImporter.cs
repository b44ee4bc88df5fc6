// BuiltinImporter: the finder and loader of the modules compiled into gilrun (ModuleTable). As in
// CPython the class itself is the loader (`math.__loader__` is the class) and the first entry of
// sys.meta_path, so builtin modules are found before anything on sys.path.
namespace GilRuntime.Core.Runtime.Import;

using GilRuntime.Core.Objects;

public sealed class BuiltinImporter : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private BuiltinImporter() { }

    private static PyType MakeType()
    {
        var t = PyType.Builtin("BuiltinImporter", typeof(BuiltinImporter));
        t.Module = "_frozen_importlib";
        AddStatic(t, "find_spec", static (a, k) =>
        {
            var p = ArgParser.Bind("find_spec", a, k, ["fullname", "path", "target"], 1);
            var name = Ops.Str(p[0]!);
            var interp = ThreadState.Current.Interpreter;
            return interp.HasBuiltinModule(name) ? MakeSpec(name) : Py.None;
        });
        AddStatic(t, "create_module", static (a, k) =>
        {
            ArgParser.Exactly("create_module", a, k, 1);
            var name = a[0].LookupAttr(PyStr.Intern("name")) is PyStr s ? s.Value : "";
            return ThreadState.Current.Interpreter.CreateBuiltinModule(name)
                ?? throw PyErr.ImportError($"no built-in module named {name}");
        });
        AddStatic(t, "exec_module", static (a, k) => Py.None);
        AddStatic(t, "is_package", static (a, k) => Py.False);
        return t;
    }

    private static void AddStatic(PyType t, string name, BuiltinFn fn) =>
        t.Dict.SetItem(PyStr.Intern(name), new PyBuiltinFunction(name, fn, t));

    public override PyType Type => TypeObject;

    public static PyModuleSpec MakeSpec(string name) => new(name, TypeObject, "built-in");
}
