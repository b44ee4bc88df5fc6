// PathFinder and FileFinder: the search of sys.path (or a package's __path__) for a module. In each
// directory, as _bootstrap_external.FileFinder.find_spec does: a package (name/__init__.py) first, then
// a module (name.py); a directory without __init__.py is remembered as a namespace portion, and only
// when no entry of the whole path holds a module or package does a namespace package result.
namespace GilRuntime.Core.Runtime.Import;

using GilRuntime.Core.Objects;

public sealed class PathFinder : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private PathFinder() { }

    private static PyType MakeType()
    {
        var t = PyType.Builtin("PathFinder", typeof(PathFinder));
        t.Module = "_frozen_importlib_external";
        t.Dict.SetItem(PyStr.Intern("find_spec"), new PyBuiltinFunction("find_spec", static (a, k) =>
        {
            var p = ArgParser.Bind("find_spec", a, k, ["fullname", "path", "target"], 1);
            var interp = ThreadState.Current.Interpreter;
            var path = p[1] is null or PyNone ? interp.Import.SysPath() : ImportSystem.PathEntries(p[1]!);
            return (PyObject?)FindSpec(Ops.Str(p[0]!), path) ?? Py.None;
        }, t));
        t.Dict.SetItem(PyStr.Intern("invalidate_caches"), new PyBuiltinFunction("invalidate_caches", static (a, k) => Py.None, t));
        return t;
    }

    public override PyType Type => TypeObject;

    /// <summary>The spec of <paramref name="fullName"/> found on <paramref name="path"/>, or null.</summary>
    public static PyModuleSpec? FindSpec(string fullName, List<string> path)
    {
        var tail = fullName[(fullName.LastIndexOf('.') + 1)..];
        PyList? namespacePortions = null;
        foreach (var entry in path)
        {
            string dir;
            try
            {
                dir = ImportPaths.EntryDirectory(entry);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                continue;
            }
            var pkgDir = Path.Combine(dir, tail);
            if (Directory.Exists(pkgDir))
            {
                var init = Path.Combine(pkgDir, "__init__.py");
                if (File.Exists(init))
                {
                    var locations = new PyList([PyStr.From(pkgDir)]);
                    return new PyModuleSpec(fullName, new PySourceFileLoader(fullName, init), init, locations, hasLocation: true);
                }
                if (!File.Exists(pkgDir + ".py"))
                {
                    (namespacePortions ??= new PyList()).Append(PyStr.From(pkgDir));
                    continue;
                }
            }
            var file = pkgDir + ".py";
            if (File.Exists(file))
                return new PyModuleSpec(fullName, new PySourceFileLoader(fullName, file), file, null, hasLocation: true);
        }
        if (namespacePortions is null) return null;
        return new PyModuleSpec(fullName, Py.None, null, new PyNamespacePath(namespacePortions));
    }
}
