// None, NotImplemented and Ellipsis: one instance each, compared by identity.
namespace GilRuntime.Core.Objects;

public sealed class PyNone : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("NoneType", typeof(PyNone));
    public static readonly PyNone Instance = new();
    private PyNone() { }
    public override PyType Type => TypeObject;
    public override string Repr() => "None";
    public override bool IsTrue() => false;
    public override long Hash() => 0xFCA86420; // CPython 3.12 constant; 3.11 hashes by address
}

public sealed class PyNotImplemented : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("NotImplementedType", typeof(PyNotImplemented));
    public static readonly PyNotImplemented Instance = new();
    private PyNotImplemented() { }
    public override PyType Type => TypeObject;
    public override string Repr() => "NotImplemented";
}

public sealed class PyEllipsis : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("ellipsis", typeof(PyEllipsis));
    public static readonly PyEllipsis Instance = new();
    private PyEllipsis() { }
    public override PyType Type => TypeObject;
    public override string Repr() => "Ellipsis";
}
