// importlib.machinery.ModuleSpec: what the import system knows about a module before loading it (its
// name, loader, origin, and for packages the directories searched for submodules). Modules carry it
// as __spec__; `_initializing` is true while the module body runs, which is how a circular import is
// recognised in error messages (CPython: _PyModuleSpec_IsInitializing).
namespace GilRuntime.Core.Runtime.Import;

using System.Text;
using GilRuntime.Core.Objects;

public sealed class PyModuleSpec : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private static readonly PyStr s_name = PyStr.Intern("name");
    private static readonly PyStr s_loader = PyStr.Intern("loader");
    private static readonly PyStr s_origin = PyStr.Intern("origin");
    private static readonly PyStr s_loaderState = PyStr.Intern("loader_state");
    private static readonly PyStr s_locations = PyStr.Intern("submodule_search_locations");
    private static readonly PyStr s_setFileAttr = PyStr.Intern("_set_fileattr");
    private static readonly PyStr s_cached = PyStr.Intern("_cached");
    private static readonly PyStr s_initializing = PyStr.Intern("_initializing");

    /// <summary>Every attribute lives here (as in the Python class's instance __dict__).</summary>
    public PyDict Dict { get; } = new();

    public PyModuleSpec(string name, PyObject loader, string? origin = null, PyObject? searchLocations = null, bool hasLocation = false)
    {
        Dict.SetItem(s_name, PyStr.From(name));
        Dict.SetItem(s_loader, loader);
        Dict.SetItem(s_origin, origin is null ? Py.None : PyStr.From(origin));
        Dict.SetItem(s_loaderState, Py.None);
        Dict.SetItem(s_locations, searchLocations ?? Py.None);
        Dict.SetItem(s_setFileAttr, Py.Bool(hasLocation));
        Dict.SetItem(s_cached, Py.None);
    }

    private static PyType MakeType()
    {
        var t = PyType.Builtin("ModuleSpec", typeof(PyModuleSpec), null, static (type, args, kw) =>
        {
            var p = ArgParser.Bind("ModuleSpec", args, kw, ["name", "loader", "origin", "loader_state", "is_package"], 2);
            var spec = new PyModuleSpec(Ops.Str(p[0]!), p[1]!);
            spec.Dict.SetItem(s_name, p[0]!);
            spec.Dict.SetItem(s_origin, p[2] ?? Py.None);
            spec.Dict.SetItem(s_loaderState, p[3] ?? Py.None);
            if (p[4] is { } isPkg && Ops.IsTrue(isPkg)) spec.Dict.SetItem(s_locations, new PyList());
            return spec;
        });
        t.Module = "_frozen_importlib";
        return t;
    }

    public override PyType Type => TypeObject;

    public string Name => Dict.TryGetValue(s_name, out var n) && n is PyStr s ? s.Value : "?";
    public PyObject Loader => Dict.TryGetValue(s_loader, out var l) ? l : Py.None;
    public PyObject Origin => Dict.TryGetValue(s_origin, out var o) ? o : Py.None;
    public PyObject SearchLocations => Dict.TryGetValue(s_locations, out var l) ? l : Py.None;
    public bool HasLocation => Dict.TryGetValue(s_setFileAttr, out var v) && Ops.IsTrue(v);

    public bool Initializing
    {
        get => Dict.TryGetValue(s_initializing, out var v) && Ops.IsTrue(v);
        set => Dict.SetItem(s_initializing, Py.Bool(value));
    }

    /// <summary>spec.parent: the package a module belongs to (the module itself for a package).</summary>
    public string Parent
    {
        get
        {
            var name = Name;
            if (SearchLocations is not PyNone) return name;
            int dot = name.LastIndexOf('.');
            return dot < 0 ? "" : name[..dot];
        }
    }

    /// <summary>spec.cached: where compiled code for a source origin is kept.</summary>
    public PyObject Cached
    {
        get
        {
            if (Dict.TryGetValue(s_cached, out var c) && c is not PyNone) return c;
            if (Origin is PyStr o && HasLocation && o.Value.EndsWith(".py", StringComparison.Ordinal))
                return PyStr.From(ImportPaths.CacheFromSource(o.Value));
            return Py.None;
        }
    }

    public override PyObject? LookupAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "__dict__": return Dict;
            case "parent": return PyStr.From(Parent);
            case "has_location": return Py.Bool(HasLocation);
            case "cached": return Cached;
        }
        return Dict.TryGetValue(name, out var v) ? v : base.LookupAttr(name);
    }

    public override void SetAttr(PyStr name, PyObject? value)
    {
        switch (name.Value)
        {
            case "parent": throw PyErr.AttributeError("property 'parent' of 'ModuleSpec' object has no setter");
            case "has_location": name = s_setFileAttr; value = value is null ? null : Py.Bool(Ops.IsTrue(value)); break;
            case "cached": name = s_cached; break;
        }
        if (value is not null) Dict.SetItem(name, value);
        else if (!Dict.Remove(name)) throw PyErr.AttributeError($"'ModuleSpec' object has no attribute '{name.Value}'");
    }

    public override string Repr()
    {
        var sb = new StringBuilder("ModuleSpec(name=");
        sb.Append(Ops.Repr(Dict.GetValueOrNull(s_name) ?? Py.None)).Append(", loader=").Append(Ops.Repr(Loader));
        if (Origin is not PyNone) sb.Append(", origin=").Append(Ops.Repr(Origin));
        if (SearchLocations is not PyNone) sb.Append(", submodule_search_locations=").Append(Ops.Repr(SearchLocations));
        return sb.Append(')').ToString();
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyModuleSpec o) return Py.NotImplemented;
        bool eq = Ops.Eq(Dict.GetValueOrNull(s_name) ?? Py.None, o.Dict.GetValueOrNull(s_name) ?? Py.None)
            && Ops.Eq(Loader, o.Loader) && Ops.Eq(Origin, o.Origin) && Ops.Eq(SearchLocations, o.SearchLocations)
            && Ops.Eq(Cached, o.Cached) && HasLocation == o.HasLocation;
        return Py.Bool(op == CompareOp.Eq ? eq : !eq);
    }
}
