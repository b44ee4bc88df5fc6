// staticmethod wrapper for builtin functions stored in a builtin type's dict (str.maketrans): attribute
// access returns the function itself. (Class methods use PyClassMethodDescriptor.)
namespace GilRuntime.Core.Objects;

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
