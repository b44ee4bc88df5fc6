// classmethod and staticmethod wrappers for methods of builtin types written in C# (dict.fromkeys,
// bytes.fromhex, str.maketrans): attribute access binds them to the type, not to an instance.
namespace GilRuntime.Core.Objects;

/// <summary>classmethod_descriptor: binds to the owner type on every access (dict.fromkeys, {}.fromkeys).</summary>
// TEMPORARY: replaced by the numbers helper's PyClassMethodDescriptor once it lands on main.
internal sealed class ClassMethodShim(PyType owner, string name, MethodFn method) : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("classmethod_descriptor", typeof(ClassMethodShim));

    public PyType Owner { get; } = owner;
    public string Name { get; } = name;

    public override PyType Type => TypeObject;
    public override bool IsDescriptor => true;

    public override PyObject DescrGet(PyObject? instance, PyType owner) =>
        new PyBuiltinFunction(Name, method, owner.IsSubtype(Owner) ? owner : Owner, null);

    public override string Repr() => $"<method '{Name}' of '{Owner.Name}' objects>";

    /// <summary>Registers <paramref name="method"/> (receiving the type as self) in the type's dict.</summary>
    public static void Add(PyType type, string name, MethodFn method) =>
        type.Dict.SetItem(PyStr.Intern(name), new ClassMethodShim(type, name, method));
}

/// <summary>staticmethod wrapping a builtin function (str.maketrans).</summary>
public sealed class PyStaticBuiltin(PyBuiltinFunction function) : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("staticmethod", typeof(PyStaticBuiltin));

    public PyBuiltinFunction Function { get; } = function;

    public override PyType Type => TypeObject;
    public override bool IsDescriptor => true;
    public override PyObject DescrGet(PyObject? instance, PyType owner) => Function;

    public static void Add(PyType type, string name, BuiltinFn fn) =>
        type.Dict.SetItem(PyStr.Intern(name), new PyStaticBuiltin(new PyBuiltinFunction(name, fn)));
}
