// SourceFileLoader: loads a module from a .py file (the loader of every module found on sys.path).
// exec_module compiles the file through the code cache and runs it in the module's namespace.
namespace GilRuntime.Core.Runtime.Import;

using GilRuntime.Core.Objects;

public sealed class PySourceFileLoader : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    public string Name { get; }
    public string Path { get; }

    public PySourceFileLoader(string name, string path)
    {
        Name = name;
        Path = path;
    }

    private static PyType MakeType()
    {
        var t = PyType.Builtin("SourceFileLoader", typeof(PySourceFileLoader), null, static (type, a, k) =>
        {
            var p = ArgParser.Bind("SourceFileLoader", a, k, ["fullname", "path"], 2);
            return new PySourceFileLoader(Ops.Str(p[0]!), Ops.Str(p[1]!));
        });
        t.Module = "_frozen_importlib_external";
        t.AddMethod("create_module", static (self, a, k) => { ArgParser.Exactly("create_module", a, k, 1); return Py.None; });
        t.AddMethod("exec_module", static (self, a, k) =>
        {
            ArgParser.Exactly("exec_module", a, k, 1);
            ((PySourceFileLoader)self).ExecModule(a[0]);
            return Py.None;
        });
        t.AddMethod("get_filename", static (self, a, k) =>
        {
            ArgParser.Range("get_filename", a, k, 0, 1);
            return PyStr.From(((PySourceFileLoader)self).Path);
        });
        t.AddMethod("get_source", static (self, a, k) =>
        {
            ArgParser.Exactly("get_source", a, k, 1);
            return PyStr.From(File.ReadAllText(((PySourceFileLoader)self).Path));
        });
        t.AddMethod("get_code", static (self, a, k) =>
        {
            ArgParser.Exactly("get_code", a, k, 1);
            return ModuleCode.Load(((PySourceFileLoader)self).Path);
        });
        t.AddMethod("is_package", static (self, a, k) =>
        {
            ArgParser.Exactly("is_package", a, k, 1);
            return Py.Bool(System.IO.Path.GetFileNameWithoutExtension(((PySourceFileLoader)self).Path) == "__init__");
        });
        return t;
    }

    public override PyType Type => TypeObject;

    public override PyObject? LookupAttr(PyStr name) => name.Value switch
    {
        "name" => PyStr.From(Name),
        "path" => PyStr.From(Path),
        _ => base.LookupAttr(name),
    };

    public override string Repr() => $"<_frozen_importlib_external.SourceFileLoader object at {Ops.IdHex(this)}>";

    /// <summary>_bootstrap_external's SourceLoader.exec_module: the code, run with the module's dict as globals.</summary>
    internal void ExecModule(PyObject module)
    {
        int line = 936;
        try
        {
            var code = ModuleCode.Load(Path);
            line = 940;
            var dict = module is PyModule m ? m.Dict
                : module.LookupAttr(PyStr.Intern("__dict__")) as PyDict ?? throw PyErr.TypeError("exec() globals must be a dict");
            var interp = ThreadState.Current.Interpreter;
            try
            {
                interp.ExecCode(code, dict, dict);
            }
            catch (PyException e)
            {
                FrozenFrames.PushRemovedCall(e, FrozenFrames.External, "exec_module", line);
                throw;
            }
        }
        catch (PyException e) when (line == 936)
        {
            // get_code -> source_to_code -> _call_with_frames_removed(compile, ...)
            FrozenFrames.Push(e, FrozenFrames.Bootstrap, "_call_with_frames_removed", 241);
            FrozenFrames.Push(e, FrozenFrames.External, "source_to_code", 1004);
            FrozenFrames.Push(e, FrozenFrames.External, "get_code", 1074);
            FrozenFrames.Push(e, FrozenFrames.External, "exec_module", 936);
            throw;
        }
    }
}
