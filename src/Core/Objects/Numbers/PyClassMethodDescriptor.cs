// classmethod_descriptor: a C# method stored in a builtin type's dict that binds to the type it is
// looked up on (int.from_bytes, float.fromhex), as CPython's METH_CLASS methods do.
namespace GilRuntime.Core.Objects;

public sealed class PyClassMethodDescriptor : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("classmethod_descriptor", typeof(PyClassMethodDescriptor));

    public PyType Owner { get; }
    public string Name { get; }
    /// <summary>Called with the type as its receiver.</summary>
    public MethodFn Method { get; }

    public PyClassMethodDescriptor(PyType owner, string name, MethodFn method)
    {
        Owner = owner; Name = name; Method = method;
    }

    public override PyType Type => TypeObject;
    public override bool IsDescriptor => true;
    public override bool IsCallable => true;

    public override PyObject DescrGet(PyObject? instance, PyType owner) =>
        new PyBuiltinFunction(Name, Method, instance is null ? owner : instance.Type, null);

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length == 0 || args[0] is not PyType t)
            throw PyErr.TypeError($"descriptor '{Name}' of '{Owner.Name}' object needs a type");
        return Method(t, args[1..], kwnames);
    }

    public override string Repr() => $"<method '{Name}' of '{Owner.Name}' objects>";

    public static void Add(PyType owner, string name, MethodFn fn) =>
        owner.Dict.SetItem(PyStr.Intern(name), new PyClassMethodDescriptor(owner, name, fn));
}
