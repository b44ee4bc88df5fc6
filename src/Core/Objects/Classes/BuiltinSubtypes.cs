// Instances of heap subclasses of builtin types: each builtin solid base gets the factory that builds
// an instance of its generated .NET subclass (tp_new for a subtype), and the mutable containers get
// the __init__ that fills an instance made empty by __new__ (list.__init__, dict.__init__, ...).
namespace GilRuntime.Core.Objects.Classes;

public static partial class ClassSupport
{
    private static PyObject[] Positional(ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        args[..(args.Length - (kw?.Count ?? 0))].ToArray();

    static partial void RegisterBuiltinSubtypes()
    {
        PyInt.TypeObject.SubtypeNew = static (t, a, k) => new PyIntSub(t, (PyInt)PyInt.TypeObject.New!(PyInt.TypeObject, a, k));
        PyFloat.TypeObject.SubtypeNew = static (t, a, k) => new PyFloatSub(t, ((PyFloat)PyFloat.TypeObject.New!(PyFloat.TypeObject, a, k)).Value);
        PyComplex.TypeObject.SubtypeNew = static (t, a, k) =>
        {
            var c = (PyComplex)PyComplex.TypeObject.New!(PyComplex.TypeObject, a, k);
            return new PyComplexSub(t, c.Real, c.Imag);
        };
        PyStr.TypeObject.SubtypeNew = static (t, a, k) => new PyStrSub(t, ((PyStr)PyStr.TypeObject.New!(PyStr.TypeObject, a, k)).Value);
        PyBytes.TypeObject.SubtypeNew = static (t, a, k) => new PyBytesSub(t, ((PyBytes)PyBytes.TypeObject.New!(PyBytes.TypeObject, a, k)).Value);
        PyTuple.TypeObject.SubtypeNew = static (t, a, k) => new PyTupleSub(t, ((PyTuple)PyTuple.TypeObject.New!(PyTuple.TypeObject, a, k)).Items);
        PyFrozenSet.TypeObject.SubtypeNew = static (t, a, k) =>
        {
            var fs = new PyFrozenSetSub(t);
            var src = (PySet)PyFrozenSet.TypeObject.New!(PyFrozenSet.TypeObject, a, k);
            fs.Update(src);
            return fs;
        };
        PyList.TypeObject.SubtypeNew = static (t, a, k) => new PyListSub(t);
        PyDict.TypeObject.SubtypeNew = static (t, a, k) => new PyDictSub(t);
        PySet.TypeObject.SubtypeNew = static (t, a, k) => new PySetSub(t);
        PyByteArray.TypeObject.SubtypeNew = static (t, a, k) => new PyByteArraySub(t);
        // Exceptions: the .NET class follows the builtin base's state (PyOSError, PySystemExit, ...), and
        // PyBaseException implements IHeapInstance itself, so subclasses of OSError keep errno & co.
        ExceptionTypes.BaseException.SubtypeNew = static (t, a, k) => ExceptionTypes.Alloc(t, a[..(a.Length - (k?.Count ?? 0))]);
        PyProperty.TypeObject.SubtypeNew = static (t, a, k) => new PyPropertySub(t);
        PyStaticMethod.TypeObject.SubtypeNew = static (t, a, k) => new PyStaticMethodSub(t, a.Length > 0 ? a[0] : Py.None);
        PyClassMethod.TypeObject.SubtypeNew = static (t, a, k) => new PyClassMethodSub(t, a.Length > 0 ? a[0] : Py.None);

        PyList.TypeObject.AddMethod("__init__", static (self, args, kw) =>
        {
            ArgParser.NoKeywords("list", kw);
            ArgParser.Range("list", args, kw, 0, 1);
            var l = (PyList)self;
            CallMethod(PyList.TypeObject, "clear", l);
            if (args.Length == 1) l.Extend(args[0]);
            return Py.None;
        });
        PyDict.TypeObject.AddMethod("__init__", static (self, args, kw) =>
        {
            if (args.Length - (kw?.Count ?? 0) > 1)
                throw PyErr.TypeError($"dict expected at most 1 argument, got {args.Length - (kw?.Count ?? 0)}");
            return ((PyMethodDescriptor)PyDict.TypeObject.Dict.GetItem(PyStr.Intern("update"))).CallWithSelf(self, args, kw);
        });
        PySet.TypeObject.AddMethod("__init__", static (self, args, kw) =>
        {
            ArgParser.NoKeywords("set", kw);
            ArgParser.Range("set", args, kw, 0, 1);
            var s = (PySet)self;
            s.Clear();
            if (args.Length == 1) s.Update(args[0]);
            return Py.None;
        });
        PyByteArray.TypeObject.AddMethod("__init__", static (self, args, kw) =>
        {
            var fresh = PyByteArray.TypeObject.New!(PyByteArray.TypeObject, args, kw);
            CallMethod(PyByteArray.TypeObject, "clear", self);
            CallMethod(PyByteArray.TypeObject, "extend", self, fresh);
            return Py.None;
        });
        foreach (var g in (ReadOnlySpan<PyType>)[PyList.TypeObject, PyDict.TypeObject, PyTuple.TypeObject, PySet.TypeObject,
                     PyFrozenSet.TypeObject, PyEnumerate.TypeObject])
            PyGenericAlias.AddClassGetItem(g);
        // BaseException.__init__ / __dict__ are registered by ExceptionTypes.Members.cs (the subtypes'
        // __init__ also parse their fields: OSError, ImportError's keywords...).
    }

    private static PyObject CallMethod(PyType owner, string name, PyObject self, params PyObject[] args) =>
        ((PyMethodDescriptor)owner.Dict.GetItem(PyStr.Intern(name))).CallWithSelf(self, args, null);
}
