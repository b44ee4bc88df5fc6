// module objects: a name and a dict that is the module's global namespace.
namespace GilRuntime.Core.Runtime;

using GilRuntime.Core.Objects;

public sealed class PyModule : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("module", typeof(PyModule), null, static (type, args, kw) =>
    {
        // types.ModuleType(name, doc=None)
        var p = ArgParser.Bind("module", args, kw, ["name", "doc"], 0);
        if (p[0] is null) throw PyErr.TypeError("module() missing required argument 'name' (pos 1)");
        if (p[0] is not PyStr name) throw PyErr.TypeError($"module() argument 'name' must be str, not {p[0]!.Type.Name}");
        return Import.ImportSystem.NewModule(name.Value, p[1]);
    });

    public string Name { get; }
    public PyDict Dict { get; }

    public PyModule(string name, PyDict? dict = null)
    {
        Name = name;
        Dict = dict ?? new PyDict();
        if (!Dict.TryGetValue(PyStr.Intern("__name__"), out _))
            Dict.SetItem(PyStr.Intern("__name__"), PyStr.From(name));
    }

    public override PyType Type => TypeObject;

    public void Add(string name, PyObject value) => Dict.SetItem(PyStr.Intern(name), value);

    public void AddFunction(string name, BuiltinFn fn, string? doc = null) =>
        Add(name, new PyBuiltinFunction(name, fn, this, doc));

    public override PyObject? LookupAttr(PyStr name)
    {
        if (Dict.TryGetValue(name, out var v)) return v;
        if (name.Value == "__dict__") return Dict;
        var r = base.LookupAttr(name);
        if (r is not null) return r;
        // PEP 562: a module-level __getattr__ is consulted for missing names.
        if (Dict.TryGetValue(PyStr.Intern("__getattr__"), out var getattr))
        {
            try
            {
                return getattr.Call([name], null);
            }
            catch (PyException e) when (e.Value.Type.IsSubtype(ExceptionTypes.AttributeError))
            {
                return null;
            }
        }
        return null;
    }

    public override void SetAttr(PyStr name, PyObject? value)
    {
        if (value is null) Dict.DelItem(name); else Dict.SetItem(name, value);
    }

    /// <summary>module_getattro's messages: a circular import is named as the likely cause.</summary>
    public override string MissingAttributeMessage(string name)
    {
        var modName = Dict.TryGetValue(PyStr.Intern("__name__"), out var n) && n is PyStr ns ? ns.Value : null;
        if (modName is null) return $"module has no attribute '{name}'";
        var spec = Dict.GetValueOrNull(PyStr.Intern("__spec__"));
        if (Import.ImportSystem.IsModuleInitializing(this))
            return $"partially initialized module '{modName}' has no attribute '{name}' (most likely due to a circular import)";
        if (Import.ImportSystem.IsUninitializedSubmodule(spec, name))
            return $"cannot access submodule '{name}' of module '{modName}' (most likely due to a circular import)";
        return $"module '{modName}' has no attribute '{name}'";
    }

    /// <summary>_bootstrap._module_repr: from the spec when there is one, else __file__ / __loader__.</summary>
    public override string Repr()
    {
        var name = Dict.GetValueOrNull(PyStr.Intern("__name__")) is PyStr ns ? ns.Value : "?";
        var spec = Dict.GetValueOrNull(PyStr.Intern("__spec__"));
        if (spec is not null and not PyNone)
        {
            var specName = spec.LookupAttr(PyStr.Intern("name")) is PyStr sn ? sn.Value : "?";
            var origin = spec.LookupAttr(PyStr.Intern("origin")) ?? Py.None;
            var loader = spec.LookupAttr(PyStr.Intern("loader")) ?? Py.None;
            if (origin is PyNone)
                return loader is PyNone ? $"<module {Ops.Repr(PyStr.From(specName))}>" : $"<module {Ops.Repr(PyStr.From(specName))} ({Ops.Repr(loader)})>";
            var hasLocation = spec.LookupAttr(PyStr.Intern("has_location"));
            if (hasLocation is not null && Ops.IsTrue(hasLocation))
                return $"<module {Ops.Repr(PyStr.From(specName))} from {Ops.Repr(origin)}>";
            return $"<module {Ops.Repr(PyStr.From(specName))} ({Ops.Str(origin)})>";
        }
        var quoted = Ops.Repr(PyStr.From(name));
        if (Dict.GetValueOrNull(PyStr.Intern("__file__")) is { } file and not PyNone)
            return $"<module {quoted} from {Ops.Repr(file)}>";
        var ldr = Dict.GetValueOrNull(PyStr.Intern("__loader__"));
        return ldr is null or PyNone ? $"<module {quoted}>" : $"<module {quoted} ({Ops.Repr(ldr)})>";
    }
}
