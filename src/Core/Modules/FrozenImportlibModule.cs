// _frozen_importlib and _frozen_importlib_external: the import system's Python-visible surface, which
// CPython implements as frozen Python modules and we in C# (Runtime/Import). The importlib package in
// src/Lib builds import_module, reload and importlib.util / importlib.machinery on them.
namespace GilRuntime.Core.Modules;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;
using GilRuntime.Core.Runtime.Import;

public static class FrozenImportlibModule
{
    public static PyModule CreateBootstrap(Interpreter interp)
    {
        var m = ImportSystem.NewModule("_frozen_importlib", PyStr.From("Core implementation of import."));
        m.Add("ModuleSpec", PyModuleSpec.TypeObject);
        m.Add("BuiltinImporter", BuiltinImporter.TypeObject);
        m.AddFunction("_gcd_import", (a, k) =>
        {
            var p = ArgParser.Bind("_gcd_import", a, k, ["name", "package", "level"], 1);
            if (p[0] is not PyStr name) throw PyErr.TypeError($"module name must be str, not {Ops.Repr(p[0]!.Type)}");
            string? package = p[1] switch { null or PyNone => null, PyStr s => s.Value, _ => null };
            if (p[1] is not (null or PyNone or PyStr) && p[2] is { } lv && Ops.AsIndex(lv) > 0)
                throw PyErr.TypeError("__package__ not set to a string");
            int level = p[2] is null ? 0 : (int)Ops.AsIndex(p[2]!);
            return interp.Import.GcdImport(name.Value, package, level);
        });
        m.AddFunction("_find_spec", (a, k) =>
        {
            var p = ArgParser.Bind("_find_spec", a, k, ["name", "path", "target"], 2);
            var path = p[1] is PyNone ? null : ImportSystem.PathEntries(p[1]!);
            return interp.Import.FindSpec(Ops.Str(p[0]!), path, p[1] is PyNone ? null : p[1]) ?? Py.None;
        });
        m.AddFunction("module_from_spec", (a, k) =>
        {
            ArgParser.Exactly("module_from_spec", a, k, 1);
            return interp.Import.ModuleFromSpec(a[0], Ops.GetAttr(a[0], "loader"));
        });
        m.AddFunction("_reload", (a, k) =>
        {
            ArgParser.Exactly("_reload", a, k, 1);
            return interp.Import.Reload(a[0]);
        });
        m.AddFunction("_resolve_name", static (a, k) =>
        {
            var p = ArgParser.Bind("_resolve_name", a, k, ["name", "package", "level"], 3);
            var globals = new PyDict();
            globals.SetItem(PyStr.Intern("__package__"), p[1]!);
            return PyStr.From(ImportSystem.ResolveName(Ops.Str(p[0]!), globals, (int)Ops.AsIndex(p[2]!)));
        });
        return m;
    }

    public static PyModule CreateExternal(Interpreter interp)
    {
        var m = ImportSystem.NewModule("_frozen_importlib_external", PyStr.From("Core implementation of path-based import."));
        m.Add("SourceFileLoader", PySourceFileLoader.TypeObject);
        m.Add("PathFinder", PathFinder.TypeObject);
        m.Add("NamespaceLoader", PyNamespaceLoader.TypeObject);
        m.Add("SOURCE_SUFFIXES", new PyList([PyStr.From(".py")]));
        m.Add("BYTECODE_SUFFIXES", new PyList([PyStr.From(".pyc")]));
        m.Add("EXTENSION_SUFFIXES", new PyList());
        m.AddFunction("cache_from_source", static (a, k) =>
        {
            var p = ArgParser.Bind("cache_from_source", a, k, ["path", "debug_override", "optimization"], 1);
            return PyStr.From(ImportPaths.CacheFromSource(Ops.Str(p[0]!)));
        });
        return m;
    }
}
