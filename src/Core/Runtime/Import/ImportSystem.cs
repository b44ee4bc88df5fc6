// The import system of one interpreter: import.c's PyImport_ImportModuleLevelObject and the functions
// of importlib._bootstrap it calls (_find_and_load, _find_and_load_unlocked, _find_spec, _load_unlocked,
// module_from_spec, _init_module_attrs, _handle_fromlist), with the same order of effects on
// sys.modules, the same error messages and the same traceback entries (FrozenFrames). Finders on
// sys.meta_path and loaders are honoured; BuiltinImporter, PathFinder and SourceFileLoader are
// recognised and run without a round trip through Python calls.
namespace GilRuntime.Core.Runtime.Import;

using GilRuntime.Core.Objects;

public sealed class ImportSystem
{
    private const string Bootstrap = FrozenFrames.Bootstrap;

    private static readonly PyStr s_spec = PyStr.Intern("__spec__");
    private static readonly PyStr s_path = PyStr.Intern("__path__");
    private static readonly PyStr s_name = PyStr.Intern("__name__");
    private static readonly PyStr s_package = PyStr.Intern("__package__");
    private static readonly PyStr s_loader = PyStr.Intern("__loader__");
    private static readonly PyStr s_file = PyStr.Intern("__file__");
    private static readonly PyStr s_cached = PyStr.Intern("__cached__");
    private static readonly PyStr s_doc = PyStr.Intern("__doc__");
    private static readonly PyStr s_all = PyStr.Intern("__all__");
    private static readonly PyStr s_initializing = PyStr.Intern("_initializing");
    private static readonly PyStr s_uninitialized = PyStr.Intern("_uninitialized_submodules");

    private readonly Interpreter _interp;
    // importlib._bootstrap's _module_locks and _blocking_on. Locks are kept for the interpreter's life
    // (a few hundred modules at most), so every thread always meets the same lock for one name.
    private readonly Dictionary<string, ModuleLock> _moduleLocks = new();
    private readonly Dictionary<ThreadState, ModuleLock> _blockingOn = new(ReferenceEqualityComparer.Instance);

    public ImportSystem(Interpreter interp) => _interp = interp;

    private PyDict Modules => _interp.Modules;

    // ---- import.c ---------------------------------------------------------------------------------

    /// <summary>PyImport_ImportModuleLevelObject: IMPORT_NAME and __import__.</summary>
    public PyObject ImportModuleLevel(string name, PyDict? globals, PyObject? fromlist, int level)
    {
        try
        {
            return ImportModuleLevelCore(name, globals, fromlist, level);
        }
        catch (PyException e)
        {
            FrozenFrames.RemoveImportlibFrames(e.Value);
            throw;
        }
    }

    /// <summary>IMPORT_NAME's entry: a module already in sys.modules is returned without allocating.</summary>
    public PyObject ImportModuleLevel(PyStr name, PyDict? globals, PyObject? fromlist, int level)
    {
        if (level == 0 && Modules.GetValueOrNull(name) is { } mod and not PyNone && !IsInitializing(mod))
        {
            if (fromlist is null or PyNone || !Ops.IsTrue(fromlist))
            {
                if (name.Value.IndexOf('.') < 0) return mod;
            }
            else if (mod.LookupAttr(s_path) is null) return mod;
        }
        return ImportModuleLevel(name.Value, globals, fromlist, level);
    }

    private PyObject ImportModuleLevelCore(string name, PyDict? globals, PyObject? fromlist, int level)
    {
        if (level < 0) throw PyErr.ValueError("level must be >= 0");
        string absName;
        if (level > 0) absName = ResolveName(name, globals, level);
        else
        {
            if (name.Length == 0) throw PyErr.ValueError("Empty module name");
            absName = name;
        }
        var mod = Modules.GetValueOrNull(PyStr.From(absName));
        if (mod is null or PyNone) mod = FindAndLoad(absName);
        else if (IsInitializing(mod)) WaitForInitialization(absName);   // import_ensure_initialized

        bool hasFrom = fromlist is not null && fromlist is not PyNone && Ops.IsTrue(fromlist);
        if (!hasFrom)
        {
            if (level == 0 || name.Length > 0)
            {
                int dot = name.IndexOf('.');
                if (dot < 0) return mod;
                if (level == 0) return ImportModuleLevelCore(name[..dot], null, null, 0);
                int cutOff = name.Length - dot;
                var toReturn = absName[..(absName.Length - cutOff)];
                return Modules.GetValueOrNull(PyStr.From(toReturn))
                    ?? throw PyErr.KeyError(PyStr.From($"{Ops.Repr(PyStr.From(toReturn))} not in sys.modules as expected"));
            }
            return mod;
        }
        if (mod.LookupAttr(s_path) is not null) return HandleFromlist(mod, fromlist!, recursive: false);
        return mod;
    }

    /// <summary>import.c resolve_name: the absolute name of a relative import from <paramref name="globals"/>.</summary>
    public static string ResolveName(string name, PyDict? globals, int level)
    {
        if (globals is null) throw PyErr.KeyError(PyStr.From("'__name__' not in globals"));
        PyObject? package = globals.GetValueOrNull(s_package);
        var spec = globals.GetValueOrNull(s_spec);
        string pkg;
        if (package is not null and not PyNone)
        {
            pkg = package is PyStr ps ? ps.Value : throw PyErr.TypeError("package must be a string");
        }
        else if (spec is not null and not PyNone)
        {
            pkg = Ops.GetAttr(spec, "parent") is PyStr ps ? ps.Value : throw PyErr.TypeError("__spec__.parent must be a string");
        }
        else
        {
            var n = globals.GetValueOrNull(s_name) ?? throw PyErr.KeyError(PyStr.From("'__name__' not in globals"));
            pkg = n is PyStr ns ? ns.Value : throw PyErr.TypeError("__name__ must be a string");
            if (!globals.TryGetValue(s_path, out _))
            {
                int d = pkg.LastIndexOf('.');
                pkg = d < 0 ? "" : pkg[..d];
            }
        }
        if (pkg.Length == 0) throw PyErr.ImportError("attempted relative import with no known parent package");
        int lastDot = pkg.Length;
        for (int up = 1; up < level; up++)
        {
            lastDot = lastDot == 0 ? -1 : pkg.LastIndexOf('.', lastDot - 1);
            if (lastDot < 0) throw PyErr.ImportError("attempted relative import beyond top-level package");
        }
        var baseName = pkg[..lastDot];
        return name.Length == 0 ? baseName : baseName + "." + name;
    }

    // ---- importlib._bootstrap ---------------------------------------------------------------------

    /// <summary>_gcd_import: importlib.import_module's entry (no frame trimming, as in CPython).</summary>
    public PyObject GcdImport(string name, string? package, int level)
    {
        int line = 1201;
        try
        {
            SanityCheck(name, package, level);
            if (level > 0)
            {
                line = 1203;
                var bits = package!.Split('.');
                if (bits.Length < level)
                {
                    var e = PyErr.ImportError("attempted relative import beyond top-level package");
                    FrozenFrames.Push(e, Bootstrap, "_resolve_name", 1039);
                    throw e;
                }
                var baseName = string.Join('.', bits, 0, bits.Length - (level - 1));
                name = name.Length == 0 ? baseName : baseName + "." + name;
            }
            line = 1204;
            return FindAndLoad(name);
        }
        catch (PyException e)
        {
            FrozenFrames.Push(e, Bootstrap, "_gcd_import", line);
            throw;
        }
    }

    private static void SanityCheck(string name, string? package, int level)
    {
        PyException? e = null;
        int line = 0;
        if (level < 0) { e = PyErr.ValueError("level must be >= 0"); line = 1106; }
        else if (level > 0 && package is null) { e = PyErr.TypeError("__package__ not set to a string"); line = 1109; }
        else if (level > 0 && package!.Length == 0) { e = PyErr.ImportError("attempted relative import with no known parent package"); line = 1111; }
        else if (name.Length == 0 && level == 0) { e = PyErr.ValueError("Empty module name"); line = 1114; }
        if (e is null) return;
        FrozenFrames.Push(e, Bootstrap, "_sanity_check", line);
        throw e;
    }

    /// <summary>_find_and_load: the module named <paramref name="name"/>, from sys.modules or loaded now.</summary>
    public PyObject FindAndLoad(string name)
    {
        var key = PyStr.From(name);
        var module = Modules.GetValueOrNull(key);
        if (module is null || IsInitializing(module))
        {
            var ts = ThreadState.Current;
            var moduleLock = GetModuleLock(name);
            if (!moduleLock.Acquire(ts, _blockingOn))
                throw PyErr.RuntimeError($"deadlock detected by {moduleLock}");
            try
            {
                module = Modules.GetValueOrNull(key);
                if (module is null)
                {
                    try
                    {
                        return FindAndLoadUnlocked(name);
                    }
                    catch (PyException e)
                    {
                        FrozenFrames.Push(e, Bootstrap, "_find_and_load", 1176);
                        throw;
                    }
                }
            }
            finally
            {
                moduleLock.Release(ts);
            }
            if (IsInitializing(module)) WaitForInitialization(name);
        }
        if (module is PyNone)
        {
            var e = NotFound($"import of {name} halted; None in sys.modules", name);
            FrozenFrames.Push(e, Bootstrap, "_find_and_load", 1187);
            throw e;
        }
        return module;
    }

    /// <summary>
    /// _lock_unlock_module: another thread may be executing the module's body, so wait until it is done.
    /// A cycle of such waits gives up and the caller takes the partial module, as in CPython.
    /// </summary>
    private void WaitForInitialization(string name)
    {
        var ts = ThreadState.Current;
        var moduleLock = GetModuleLock(name);
        if (moduleLock.Acquire(ts, _blockingOn)) moduleLock.Release(ts);
    }

    private ModuleLock GetModuleLock(string name)
    {
        if (!_moduleLocks.TryGetValue(name, out var l)) _moduleLocks[name] = l = new ModuleLock(name, _interp);
        return l;
    }

    private PyObject FindAndLoadUnlocked(string name)
    {
        int line = 1122;
        try
        {
            int dot = name.LastIndexOf('.');
            string parent = dot < 0 ? "" : name[..dot];
            string child = name[(dot + 1)..];
            List<string>? path = null;
            PyObject? pathObject = null;
            PyObject? parentSpec = null;
            if (parent.Length > 0)
            {
                var parentKey = PyStr.From(parent);
                if (!Modules.TryGetValue(parentKey, out _))
                {
                    line = 1126;
                    try
                    {
                        ImportModuleLevel(parent, null, null, 0);
                    }
                    catch (PyException e)
                    {
                        FrozenFrames.Push(e, Bootstrap, "_call_with_frames_removed", 241);
                        throw;
                    }
                }
                if (Modules.TryGetValue(PyStr.From(name), out var already)) return already;
                line = 1130;
                var parentModule = Modules.GetValueOrNull(parentKey) ?? throw PyErr.KeyError(parentKey);
                line = 1132;
                pathObject = parentModule.LookupAttr(s_path);
                if (pathObject is null)
                {
                    line = 1135;
                    throw NotFound($"No module named {Ops.Repr(PyStr.From(name))}; {Ops.Repr(parentKey)} is not a package", name);
                }
                line = 1136;
                parentSpec = Ops.GetAttr(parentModule, s_spec);
                line = 1138;
                path = PathEntries(pathObject);
            }
            line = 1138;
            var spec = FindSpec(name, path, pathObject);
            if (spec is null)
            {
                line = 1140;
                throw NotFound($"No module named {Ops.Repr(PyStr.From(name))}", name);
            }
            PyList? uninitialized = null;
            if (parentSpec is not null && Ops.IsTrue(parentSpec))
            {
                uninitialized = UninitializedSubmodules(parentSpec);
                uninitialized?.Append(PyStr.From(child));
            }
            PyObject module;
            line = 1147;
            try
            {
                module = LoadUnlocked(spec);
            }
            finally
            {
                if (uninitialized is not null && uninitialized.Count > 0) uninitialized.RemoveAt(uninitialized.Count - 1);
            }
            if (parent.Length > 0)
            {
                line = 1153;
                var parentModule = Modules.GetValueOrNull(PyStr.From(parent)) ?? throw PyErr.KeyError(PyStr.From(parent));
                line = 1155;
                try
                {
                    parentModule.SetAttr(PyStr.From(child), module);
                }
                catch (PyException e) when (e.Value.Type.IsSubtype(ExceptionTypes.AttributeError))
                {
                    // CPython: an ImportWarning (ignored by default)
                }
            }
            return module;
        }
        catch (PyException e)
        {
            FrozenFrames.Push(e, Bootstrap, "_find_and_load_unlocked", line);
            throw;
        }
    }

    private static PyList? UninitializedSubmodules(PyObject spec)
    {
        if (spec is PyModuleSpec ms)
        {
            if (ms.Dict.TryGetValue(s_uninitialized, out var l)) return l as PyList;
            var list = new PyList();
            ms.Dict.SetItem(s_uninitialized, list);
            return list;
        }
        return spec.LookupAttr(s_uninitialized) as PyList;
    }

    /// <summary>_find_spec: asks each finder on sys.meta_path in turn.</summary>
    public PyObject? FindSpec(string name, List<string>? path, PyObject? pathObject)
    {
        var metaPath = _interp.SysModule.Dict.GetValueOrNull(PyStr.Intern("meta_path"));
        if (metaPath is null or PyNone) throw PyErr.ImportError("sys.meta_path is None, Python is likely shutting down");
        var key = PyStr.From(name);
        bool isReload = Modules.TryGetValue(key, out _);
        foreach (var finder in Ops.ToClrList(metaPath))
        {
            PyObject? spec;
            if (ReferenceEquals(finder, BuiltinImporter.TypeObject))
            {
                spec = path is null && _interp.HasBuiltinModule(name) ? BuiltinImporter.MakeSpec(name) : null;
            }
            else if (ReferenceEquals(finder, PathFinder.TypeObject))
            {
                spec = PathFinder.FindSpec(name, path ?? SysPath());
            }
            else
            {
                var findSpec = finder.LookupAttr(PyStr.Intern("find_spec"));
                if (findSpec is null) continue;
                try
                {
                    spec = findSpec.Call([key, pathObject ?? Py.None, Py.None], null);
                }
                catch (PyException e)
                {
                    FrozenFrames.Push(e, Bootstrap, "_find_spec", 1078);
                    throw;
                }
                if (spec is PyNone) spec = null;
            }
            if (spec is null) continue;
            if (!isReload && Modules.TryGetValue(key, out var module))
            {
                var existing = module.LookupAttr(s_spec);
                return existing is null or PyNone ? spec : existing;
            }
            return spec;
        }
        return null;
    }

    private PyObject LoadUnlocked(PyObject spec)
    {
        int line = 676;
        try
        {
            var loader = Ops.GetAttr(spec, "loader");
            var module = ModuleFromSpec(spec, loader);
            SetInitializing(spec, true);
            try
            {
                var key = PyStr.From(SpecName(spec));
                Modules.SetItem(key, module);
                try
                {
                    if (loader is PyNone)
                    {
                        if (Ops.GetAttr(spec, "submodule_search_locations") is PyNone)
                        {
                            line = 687;
                            var err = PyErr.ImportError("missing loader");
                            err.Value.SetAttr(PyStr.Intern("name"), key);
                            throw err;
                        }
                    }
                    else
                    {
                        line = 690;
                        ExecModule(loader, module);
                    }
                }
                catch
                {
                    Modules.Remove(key);
                    throw;
                }
                line = 701;
                module = Modules.Pop(key) ?? throw PyErr.KeyError(key);
                Modules.SetItem(key, module);
            }
            finally
            {
                SetInitializing(spec, false);
            }
            return module;
        }
        catch (PyException e)
        {
            FrozenFrames.Push(e, Bootstrap, "_load_unlocked", line);
            throw;
        }
    }

    private static void ExecModule(PyObject loader, PyObject module)
    {
        switch (loader)
        {
            case PySourceFileLoader source:
                source.ExecModule(module);
                return;
            case PyNamespaceLoader:
                return;
        }
        if (ReferenceEquals(loader, BuiltinImporter.TypeObject)) return;
        Ops.CallMethod(loader, "exec_module", module);
    }

    /// <summary>module_from_spec: the loader's create_module, or a new module; then the import attributes.</summary>
    public PyObject ModuleFromSpec(PyObject spec, PyObject loader)
    {
        PyObject? module = null;
        if (ReferenceEquals(loader, BuiltinImporter.TypeObject))
        {
            var name = SpecName(spec);
            module = _interp.CreateBuiltinModule(name) ?? throw PyErr.ImportError($"no built-in module named {name}");
        }
        else if (loader is not (PySourceFileLoader or PyNamespaceLoader or PyNone))
        {
            var create = loader.LookupAttr(PyStr.Intern("create_module"));
            if (create is not null)
            {
                try
                {
                    module = create.Call([spec], null);
                }
                catch (PyException e)
                {
                    FrozenFrames.Push(e, Bootstrap, "module_from_spec", 573);
                    throw;
                }
            }
            else if (loader.LookupAttr(PyStr.Intern("exec_module")) is not null)
                throw PyErr.ImportError("loaders that define exec_module() must also define create_module()");
        }
        if (module is null or PyNone) module = NewModule(SpecName(spec));
        InitModuleAttrs(spec, module, overrideAttrs: false);
        return module;
    }

    /// <summary>A module as types.ModuleType(name) makes it: __name__, __doc__, __package__, __loader__, __spec__.</summary>
    public static PyModule NewModule(string name, PyObject? doc = null)
    {
        var m = new PyModule(name);
        m.Dict.SetItem(s_doc, doc ?? Py.None);
        m.Dict.SetItem(s_package, Py.None);
        m.Dict.SetItem(s_loader, Py.None);
        m.Dict.SetItem(s_spec, Py.None);
        return m;
    }

    /// <summary>_init_module_attrs.</summary>
    public static void InitModuleAttrs(PyObject spec, PyObject module, bool overrideAttrs)
    {
        if (overrideAttrs || IsNoneOrMissing(module, s_name))
            module.SetAttr(s_name, Ops.GetAttr(spec, "name"));
        if (overrideAttrs || IsNoneOrMissing(module, s_loader))
        {
            var loader = Ops.GetAttr(spec, "loader");
            if (loader is PyNone && Ops.GetAttr(spec, "submodule_search_locations") is not PyNone)
            {
                loader = new PyNamespaceLoader();
                spec.SetAttr(PyStr.Intern("loader"), loader);
                module.SetAttr(s_file, Py.None);
            }
            module.SetAttr(s_loader, loader);
        }
        if (overrideAttrs || IsNoneOrMissing(module, s_package))
            module.SetAttr(s_package, Ops.GetAttr(spec, "parent"));
        module.SetAttr(s_spec, spec);
        if (overrideAttrs || IsNoneOrMissing(module, s_path))
        {
            var locations = Ops.GetAttr(spec, "submodule_search_locations");
            if (locations is not PyNone) module.SetAttr(s_path, locations);
        }
        if (Ops.IsTrue(Ops.GetAttr(spec, "has_location")))
        {
            if (overrideAttrs || IsNoneOrMissing(module, s_file))
                module.SetAttr(s_file, Ops.GetAttr(spec, "origin"));
            if (overrideAttrs || IsNoneOrMissing(module, s_cached))
            {
                var cached = Ops.GetAttr(spec, "cached");
                if (cached is not PyNone) module.SetAttr(s_cached, cached);
            }
        }
    }

    private static bool IsNoneOrMissing(PyObject o, PyStr name) => o.LookupAttr(name) is null or PyNone;

    private static string SpecName(PyObject spec) =>
        spec is PyModuleSpec ms ? ms.Name : Ops.Str(Ops.GetAttr(spec, "name"));

    private static bool IsInitializing(PyObject module)
    {
        var spec = module is PyModule m ? m.Dict.GetValueOrNull(s_spec) : module.LookupAttr(s_spec);
        if (spec is null or PyNone) return false;
        if (spec is PyModuleSpec ms) return ms.Initializing;
        var v = spec.LookupAttr(s_initializing);
        return v is not null && Ops.IsTrue(v);
    }

    /// <summary>_PyModuleSpec_IsInitializing for a module's __spec__ (error messages).</summary>
    public static bool IsModuleInitializing(PyObject module)
    {
        try
        {
            return IsInitializing(module);
        }
        catch (PyException)
        {
            return false;
        }
    }

    /// <summary>_PyModuleSpec_IsUninitializedSubmodule.</summary>
    public static bool IsUninitializedSubmodule(PyObject? spec, string name)
    {
        if (spec is null or PyNone) return false;
        try
        {
            var list = spec is PyModuleSpec ms ? ms.Dict.GetValueOrNull(s_uninitialized) : spec.LookupAttr(s_uninitialized);
            return list is not null && list.Contains(PyStr.From(name));
        }
        catch (PyException)
        {
            return false;
        }
    }

    private static void SetInitializing(PyObject spec, bool value)
    {
        if (spec is PyModuleSpec ms) ms.Initializing = value;
        else
        {
            try { spec.SetAttr(s_initializing, Py.Bool(value)); }
            catch (PyException) { }
        }
    }

    /// <summary>_handle_fromlist: imports the submodules a `from package import a, b` names.</summary>
    public PyObject HandleFromlist(PyObject module, PyObject fromlist, bool recursive)
    {
        int line = 1217;
        try
        {
            foreach (var x in Ops.ToClrList(fromlist))
            {
                if (x is not PyStr xs)
                {
                    line = 1223;
                    var where = recursive ? Ops.Str(Ops.GetAttr(module, s_name)) + ".__all__" : "``from list''";
                    throw PyErr.TypeError($"Item in {where} must be str, not {x.Type.Name}");
                }
                if (xs.Value == "*")
                {
                    if (!recursive && module.LookupAttr(s_all) is { } all)
                    {
                        line = 1227;
                        HandleFromlist(module, all, recursive: true);
                    }
                }
                else if (module.LookupAttr(xs) is null)
                {
                    var fromName = Ops.Str(Ops.GetAttr(module, s_name)) + "." + xs.Value;
                    line = 1232;
                    try
                    {
                        ImportModuleLevel(fromName, null, null, 0);
                    }
                    catch (PyException e) when (e.Value.Type.IsSubtype(ExceptionTypes.ModuleNotFoundError)
                        && e.Value.LookupAttr(PyStr.Intern("name")) is PyStr en && en.Value == fromName
                        && Modules.GetValueOrNull(PyStr.From(fromName)) is not PyNone)
                    {
                        continue;
                    }
                    catch (PyException e)
                    {
                        FrozenFrames.Push(e, Bootstrap, "_call_with_frames_removed", 241);
                        throw;
                    }
                }
            }
            return module;
        }
        catch (PyException e)
        {
            FrozenFrames.Push(e, Bootstrap, "_handle_fromlist", line);
            throw;
        }
    }

    /// <summary>importlib.reload: runs the module's code again in its existing namespace.</summary>
    public PyObject Reload(PyObject module)
    {
        var specObj = module.LookupAttr(s_spec);
        var name = Ops.Str(specObj is not null and not PyNone ? Ops.GetAttr(specObj, "name") : Ops.GetAttr(module, s_name));
        var key = PyStr.From(name);
        if (!ReferenceEquals(Modules.GetValueOrNull(key), module))
        {
            var err = PyErr.ImportError($"module {name} not in sys.modules");
            err.Value.SetAttr(PyStr.Intern("name"), key);
            throw err;
        }
        int dot = name.LastIndexOf('.');
        List<string>? path = null;
        PyObject? pathObject = null;
        if (dot > 0)
        {
            var parentName = name[..dot];
            var parent = Modules.GetValueOrNull(PyStr.From(parentName));
            if (parent is null)
            {
                var err = PyErr.ImportError($"parent {Ops.Repr(PyStr.From(parentName))} not in sys.modules");
                err.Value.SetAttr(PyStr.Intern("name"), PyStr.From(parentName));
                throw err;
            }
            pathObject = Ops.GetAttr(parent, s_path);
            path = PathEntries(pathObject);
        }
        var spec = FindSpec(name, path, pathObject) ?? throw NotFound($"spec not found for the module {Ops.Repr(key)}", name);
        module.SetAttr(s_spec, spec);
        SetInitializing(spec, true);
        try
        {
            InitModuleAttrs(spec, module, overrideAttrs: true);
            var loader = Ops.GetAttr(spec, "loader");
            if (loader is not PyNone) ExecModule(loader, module);
            var result = Modules.Pop(key) ?? throw PyErr.KeyError(key);
            Modules.SetItem(key, result);
            return result;
        }
        finally
        {
            SetInitializing(spec, false);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static PyException NotFound(string message, string name)
    {
        var e = PyErr.ModuleNotFoundError(message);
        e.Value.SetAttr(PyStr.Intern("name"), PyStr.From(name));
        return e;
    }

    /// <summary>sys.path as strings (entries that are not str are skipped, as PathFinder does).</summary>
    public List<string> SysPath()
    {
        var result = new List<string>();
        if (_interp.SysModule.Dict.GetValueOrNull(PyStr.Intern("path")) is { } p and not PyNone)
            foreach (var x in Ops.ToClrList(p)) if (x is PyStr s) result.Add(s.Value);
        return result;
    }

    /// <summary>A package's __path__ as strings.</summary>
    public static List<string> PathEntries(PyObject path)
    {
        var result = new List<string>();
        foreach (var x in Ops.ToClrList(path)) if (x is PyStr s) result.Add(s.Value);
        return result;
    }
}
