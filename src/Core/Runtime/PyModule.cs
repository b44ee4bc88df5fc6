// module objects: a name and a dict that is the module's global namespace.
namespace GilRuntime.Core.Runtime;

using GilRuntime.Core.Objects;

public sealed class PyModule : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("module", typeof(PyModule));

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

    public override PyObject? LookupAttr(PyStr name) =>
        Dict.TryGetValue(name, out var v) ? v : base.LookupAttr(name);

    public override void SetAttr(PyStr name, PyObject? value)
    {
        if (value is null) Dict.DelItem(name); else Dict.SetItem(name, value);
    }

    public override string MissingAttributeMessage(string name) => $"module '{Name}' has no attribute '{name}'";

    public override string Repr() => Name is "sys" or "builtins" or "math" or "time"
        ? $"<module '{Name}' (built-in)>" : $"<module '{Name}'>";
}
