// Functions and methods implemented in C#: builtin_function_or_method and method_descriptor.
namespace GilRuntime.Core.Objects;

/// <summary>A builtin function: vectorcall arguments as in PyObject.Call.</summary>
public delegate PyObject BuiltinFn(ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>A builtin method: like BuiltinFn with the receiver passed first.</summary>
public delegate PyObject MethodFn(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>builtin_function_or_method: a module-level builtin, or a method bound to its receiver.</summary>
public sealed class PyBuiltinFunction : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("builtin_function_or_method", typeof(PyBuiltinFunction));

    private readonly BuiltinFn? _fn;
    private readonly MethodFn? _method;

    public string Name { get; }
    /// <summary>__self__: the receiver of a bound method, or the module of a module function.</summary>
    public PyObject? Self { get; }
    public string? Doc { get; }

    public PyBuiltinFunction(string name, BuiltinFn fn, PyObject? module = null, string? doc = null)
    {
        Name = name; _fn = fn; Self = module; Doc = doc;
    }

    internal PyBuiltinFunction(string name, MethodFn method, PyObject self, string? doc)
    {
        Name = name; _method = method; Self = self; Doc = doc;
    }

    public bool IsBoundMethod => _method is not null;

    public override PyType Type => TypeObject;
    public override bool IsCallable => true;

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        _fn is not null ? _fn(args, kwnames) : _method!(Self!, args, kwnames);

    public override string Repr() => _method is not null
        ? $"<built-in method {Name} of {Self!.Type.Name} object at {Ops.IdHex(Self)}>"
        : $"<built-in function {Name}>";

    public override PyObject? LookupAttr(PyStr name) => name.Value switch
    {
        "__name__" or "__qualname__" => PyStr.From(Name),
        "__self__" => Self ?? Py.None,
        "__doc__" => Doc is null ? Py.None : PyStr.From(Doc),
        _ => base.LookupAttr(name),
    };
}

/// <summary>method_descriptor: a C# method stored in a builtin type's dict (e.g. list.append).</summary>
public sealed class PyMethodDescriptor : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("method_descriptor", typeof(PyMethodDescriptor));

    public PyType Owner { get; }
    public string Name { get; }
    public MethodFn Method { get; }
    public string? Doc { get; }

    public PyMethodDescriptor(PyType owner, string name, MethodFn method, string? doc = null)
    {
        Owner = owner; Name = name; Method = method; Doc = doc;
    }

    public override PyType Type => TypeObject;
    public override bool IsDescriptor => true;
    public override bool IsCallable => true;

    public override PyObject DescrGet(PyObject? instance, PyType owner) =>
        instance is null ? this : new PyBuiltinFunction(Name, Method, instance, Doc);

    /// <summary>Calls the method with an explicit receiver (the LOAD_METHOD/CALL fast path: no bound object).</summary>
    public PyObject CallWithSelf(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!self.Type.IsSubtype(Owner))
            throw PyErr.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{self.Type.Name}' object");
        return Method(self, args, kwnames);
    }

    /// <summary>Unbound call: list.append(xs, 1).</summary>
    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length == 0 || (kwnames is not null && args.Length == kwnames.Count))
            throw PyErr.TypeError($"unbound method {Owner.Name}.{Name}() needs an argument");
        return CallWithSelf(args[0], args[1..], kwnames);
    }

    public override string Repr() => $"<method '{Name}' of '{Owner.Name}' objects>";
}
