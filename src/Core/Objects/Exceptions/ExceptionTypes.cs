// The builtin exception hierarchy, as in CPython's Objects/exceptions.c. Each entry is a PyType whose
// instances are PyBaseException or the subclass carrying that type's extra state (see Alloc). The
// Python-visible methods and attributes of these types are registered in ExceptionTypes.Members.cs.
namespace GilRuntime.Core.Objects;

public static partial class ExceptionTypes
{
    public static readonly PyType BaseException = Make("BaseException", null);
    public static readonly PyType SystemExit = Make("SystemExit", BaseException);
    public static readonly PyType KeyboardInterrupt = Make("KeyboardInterrupt", BaseException);
    public static readonly PyType GeneratorExit = Make("GeneratorExit", BaseException);
    public static readonly PyType BaseExceptionGroup = Make("BaseExceptionGroup", BaseException);
    public static readonly PyType Exception = Make("Exception", BaseException);
    public static readonly PyType ExceptionGroup = MakeGroup();
    public static readonly PyType StopIteration = Make("StopIteration", Exception);
    public static readonly PyType StopAsyncIteration = Make("StopAsyncIteration", Exception);
    public static readonly PyType ArithmeticError = Make("ArithmeticError", Exception);
    public static readonly PyType FloatingPointError = Make("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = Make("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = Make("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = Make("AssertionError", Exception);
    public static readonly PyType AttributeError = Make("AttributeError", Exception);
    public static readonly PyType BufferError = Make("BufferError", Exception);
    public static readonly PyType EOFError = Make("EOFError", Exception);
    public static readonly PyType ImportError = Make("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = Make("ModuleNotFoundError", ImportError);
    public static readonly PyType LookupError = Make("LookupError", Exception);
    public static readonly PyType IndexError = Make("IndexError", LookupError);
    public static readonly PyType KeyError = Make("KeyError", LookupError);
    public static readonly PyType MemoryError = Make("MemoryError", Exception);
    public static readonly PyType NameError = Make("NameError", Exception);
    public static readonly PyType UnboundLocalError = Make("UnboundLocalError", NameError);
    public static readonly PyType OSError = Make("OSError", Exception);
    public static readonly PyType BlockingIOError = Make("BlockingIOError", OSError);
    public static readonly PyType ChildProcessError = Make("ChildProcessError", OSError);
    public static readonly PyType ConnectionError = Make("ConnectionError", OSError);
    public static readonly PyType BrokenPipeError = Make("BrokenPipeError", ConnectionError);
    public static readonly PyType ConnectionAbortedError = Make("ConnectionAbortedError", ConnectionError);
    public static readonly PyType ConnectionRefusedError = Make("ConnectionRefusedError", ConnectionError);
    public static readonly PyType ConnectionResetError = Make("ConnectionResetError", ConnectionError);
    public static readonly PyType FileExistsError = Make("FileExistsError", OSError);
    public static readonly PyType FileNotFoundError = Make("FileNotFoundError", OSError);
    public static readonly PyType InterruptedError = Make("InterruptedError", OSError);
    public static readonly PyType IsADirectoryError = Make("IsADirectoryError", OSError);
    public static readonly PyType NotADirectoryError = Make("NotADirectoryError", OSError);
    public static readonly PyType PermissionError = Make("PermissionError", OSError);
    public static readonly PyType ProcessLookupError = Make("ProcessLookupError", OSError);
    public static readonly PyType TimeoutError = Make("TimeoutError", OSError);
    public static readonly PyType ReferenceError = Make("ReferenceError", Exception);
    public static readonly PyType RuntimeError = Make("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = Make("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = Make("RecursionError", RuntimeError);
    public static readonly PyType SyntaxError = Make("SyntaxError", Exception);
    public static readonly PyType IndentationError = Make("IndentationError", SyntaxError);
    public static readonly PyType TabError = Make("TabError", IndentationError);
    public static readonly PyType SystemError = Make("SystemError", Exception);
    public static readonly PyType TypeError = Make("TypeError", Exception);
    public static readonly PyType ValueError = Make("ValueError", Exception);
    public static readonly PyType UnicodeError = Make("UnicodeError", ValueError);
    public static readonly PyType UnicodeDecodeError = Make("UnicodeDecodeError", UnicodeError);
    public static readonly PyType UnicodeEncodeError = Make("UnicodeEncodeError", UnicodeError);
    public static readonly PyType UnicodeTranslateError = Make("UnicodeTranslateError", UnicodeError);
    public static readonly PyType Warning = Make("Warning", Exception);
    public static readonly PyType DeprecationWarning = Make("DeprecationWarning", Warning);
    public static readonly PyType PendingDeprecationWarning = Make("PendingDeprecationWarning", Warning);
    public static readonly PyType RuntimeWarning = Make("RuntimeWarning", Warning);
    public static readonly PyType SyntaxWarning = Make("SyntaxWarning", Warning);
    public static readonly PyType UserWarning = Make("UserWarning", Warning);
    public static readonly PyType FutureWarning = Make("FutureWarning", Warning);
    public static readonly PyType ImportWarning = Make("ImportWarning", Warning);
    public static readonly PyType UnicodeWarning = Make("UnicodeWarning", Warning);
    public static readonly PyType BytesWarning = Make("BytesWarning", Warning);
    public static readonly PyType ResourceWarning = Make("ResourceWarning", Warning);
    public static readonly PyType EncodingWarning = Make("EncodingWarning", Warning);


    /// <summary>Every builtin exception type, in definition order (for the builtins module).</summary>
    public static IReadOnlyList<PyType> All => s_all!;
    private static List<PyType>? s_all; // no initializer: Make() fills it while the fields above initialize

    static ExceptionTypes()
    {
        RegisterMembers();
        // BaseException.__new__ for Python subclasses (class MyError(ValueError)): type_call finds the
        // builtin __new__ owner and asks it for an instance of the heap type.
        BaseException.SubtypeNew = static (type, args, kw) => Alloc(type, args[..(args.Length - (kw?.Count ?? 0))]);
    }

    private static PyType Make(string name, PyType? baseType)
    {
        var t = PyType.Builtin(name, typeof(PyBaseException), baseType ?? PyType.ObjectType,
            static (type, args, kw) => Construct(type, args, kw));
        (s_all ??= []).Add(t);
        return t;
    }

    /// <summary>ExceptionGroup has two bases (BaseExceptionGroup, Exception), as create_exception_group_class makes it.</summary>
    private static PyType MakeGroup()
    {
        var t = new MultiBaseType("ExceptionGroup", [BaseExceptionGroup, Exception], typeof(PyExceptionGroup),
            static (type, args, kw) => Construct(type, args, kw));
        s_all!.Add(t);
        return t;
    }

    /// <summary>type.__call__ for the builtin exception types: __new__ (Alloc) then __init__ (Init).</summary>
    private static PyBaseException Construct(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        // OSError_new rejects keywords under the requested name, before choosing a subclass by errno.
        if (nkw > 0 && type.IsSubtype(OSError)) throw PyErr.TypeError($"{type.Name}() takes no keyword arguments");
        var e = Alloc(type, args[..(args.Length - nkw)]);
        // CPython skips __init__ when __new__ returned an instance of another type; the OSError and
        // BaseExceptionGroup subclass choices stay subtypes of the requested type, so it always runs.
        e.Init(args, kw);
        return e;
    }

    /// <summary>
    /// BaseException.__new__: an instance of <paramref name="type"/> (a builtin exception type or a heap
    /// subclass of one) with args set, its extra fields read from args as the type's __new__ does.
    /// </summary>
    public static PyBaseException Alloc(PyType type, ReadOnlySpan<PyObject> args)
    {
        if (type.IsSubtype(BaseExceptionGroup)) return PyExceptionGroup.Create(type, args);
        var tuple = args.Length == 0 ? PyTuple.Empty : new PyTuple(args.ToArray());
        if (type.IsSubtype(OSError))
        {
            if (ReferenceEquals(type, OSError) && args.Length is >= 2 and <= 5 && args[0] is PyInt { IsSmall: true } en
                && PyOSError.SubclassFor(en.Value) is { } sub)
                type = sub;
            return new PyOSError(type, tuple);
        }
        if (type.IsSubtype(LookupError))
            return type.IsSubtype(KeyError) ? new PyKeyError(type, tuple) : new PyBaseException(type, tuple);
        if (type.IsSubtype(UnicodeDecodeError) || type.IsSubtype(UnicodeEncodeError) || type.IsSubtype(UnicodeTranslateError))
            return new PyUnicodeError(type, tuple);
        if (type.IsSubtype(NameError) || type.IsSubtype(AttributeError)) return new PyNameError(type, tuple);
        if (type.IsSubtype(ImportError)) return new PyImportError(type, tuple);
        if (type.IsSubtype(StopIteration) || type.IsSubtype(StopAsyncIteration)) return new PyStopIteration(type, tuple);
        if (type.IsSubtype(SystemExit)) return new PySystemExit(type, tuple);
        if (type.IsSubtype(SyntaxError)) return new PySyntaxError(type, tuple);
        return new PyBaseException(type, tuple);
    }

    /// <summary>Creates an instance of an exception type from positional arguments (for raising from C#).</summary>
    public static PyBaseException NewInstance(PyType type, PyTuple args) => Alloc(type, args.Items);
}

/// <summary>A builtin type with several bases (only ExceptionGroup among the builtins).</summary>
internal sealed class MultiBaseType : PyType
{
    private readonly PyType[] _bases;

    public MultiBaseType(string name, PyType[] bases, Type clrType, TypeNew @new) : base(name, bases[0], clrType)
    {
        _bases = bases;
        New = @new;
        // C3 linearization of the bases (here: BaseExceptionGroup, Exception, BaseException, object).
        var mro = new List<PyType> { this };
        var seqs = new List<List<PyType>>();
        foreach (var b in bases) seqs.Add([.. b.Mro]);
        seqs.Add([.. bases]);
        while (true)
        {
            seqs.RemoveAll(static s => s.Count == 0);
            if (seqs.Count == 0) break;
            PyType? next = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                bool inTail = false;
                foreach (var o in seqs)
                    if (o.IndexOf(head) > 0) { inTail = true; break; }
                if (!inTail) { next = head; break; }
            }
            if (next is null) throw new InvalidOperationException("inconsistent MRO for " + name);
            mro.Add(next);
            foreach (var s in seqs)
                if (s.Count > 0 && ReferenceEquals(s[0], next)) s.RemoveAt(0);
        }
        Mro = [.. mro];
    }

    public override PyObject? LookupAttr(PyStr name) =>
        name.Value == "__bases__" ? new PyTuple([.. _bases]) : base.LookupAttr(name);
}
