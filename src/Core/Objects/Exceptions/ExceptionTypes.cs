// The builtin exception hierarchy, as in CPython's Objects/exceptions.c. Each entry is a PyType whose
// instances are PyBaseException (or the subclass named in MakeInstance).
namespace GilRuntime.Core.Objects;

public static class ExceptionTypes
{
    public static readonly PyType BaseException = Make("BaseException", null);
    public static readonly PyType SystemExit = Make("SystemExit", BaseException);
    public static readonly PyType KeyboardInterrupt = Make("KeyboardInterrupt", BaseException);
    public static readonly PyType GeneratorExit = Make("GeneratorExit", BaseException);
    public static readonly PyType Exception = Make("Exception", BaseException);
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

    private static PyType Make(string name, PyType? baseType)
    {
        var t = PyType.Builtin(name, typeof(PyBaseException), baseType ?? PyType.ObjectType,
            static (type, args, kw) => Construct(type, args, kw));
        (s_all ??= []).Add(t);
        return t;
    }

    /// <summary>The exception types' constructor: positional args plus the keywords a few types accept.</summary>
    private static PyBaseException Construct(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        var positional = new PyTuple(args[..(args.Length - nkw)].ToArray());
        if (nkw == 0) return NewInstance(type, positional);
        string[] allowed = type.IsSubtype(NameError) ? ["name"]
            : type.IsSubtype(AttributeError) ? ["name", "obj"]
            : type.IsSubtype(ImportError) ? ["name", "path"]
            : [];
        if (allowed.Length == 0) throw PyErr.TypeError($"{type.Name}() takes no keyword arguments");
        var e = NewInstance(type, positional);
        for (int i = 0; i < nkw; i++)
        {
            var key = ((PyStr)kw![i]).Value;
            if (Array.IndexOf(allowed, key) < 0)
                throw PyErr.TypeError($"'{key}' is an invalid keyword argument for {type.Name}()");
            e.SetAttr(PyStr.Intern(key), args[args.Length - nkw + i]);
        }
        return e;
    }

    // errno values (Linux) that make OSError(errno, ...) build a subclass, as CPython's errnomap does.
    private static PyType? OSErrorSubclass(long errno) => errno switch
    {
        1 or 13 => PermissionError,
        2 => FileNotFoundError,
        3 => ProcessLookupError,
        4 => InterruptedError,
        10 => ChildProcessError,
        11 or 114 or 115 => BlockingIOError,
        17 => FileExistsError,
        20 => NotADirectoryError,
        21 => IsADirectoryError,
        32 or 108 => BrokenPipeError,
        103 => ConnectionAbortedError,
        104 => ConnectionResetError,
        110 => TimeoutError,
        111 => ConnectionRefusedError,
        _ => null,
    };

    /// <summary>Creates an instance of an exception type, picking the .NET class that carries its state.</summary>
    public static PyBaseException NewInstance(PyType type, PyTuple args)
    {
        if (type.IsSubtype(OSError))
        {
            if (ReferenceEquals(type, OSError) && args.Count >= 2 && args[0] is PyInt { IsSmall: true } en
                && OSErrorSubclass(en.Value) is { } sub)
                type = sub;
            return new PyOSError(type, args);
        }
        if (type.IsSubtype(UnicodeError) && !ReferenceEquals(type, UnicodeError)) return new PyUnicodeError(type, args);
        if (type.IsSubtype(NameError) || type.IsSubtype(AttributeError) || type.IsSubtype(ImportError))
        {
            var e = new PyBaseException(type, args);
            e.SetAttr(PyStr.Intern("name"), Py.None);
            if (type.IsSubtype(AttributeError)) e.SetAttr(PyStr.Intern("obj"), Py.None);
            if (type.IsSubtype(ImportError))
            {
                e.SetAttr(PyStr.Intern("path"), Py.None);
                e.SetAttr(PyStr.Intern("msg"), args.Count > 0 ? args[0] : Py.None);
            }
            return e;
        }
        if (type.IsSubtype(StopIteration)) return new PyStopIteration(type, args);
        if (type.IsSubtype(SystemExit)) return new PySystemExit(type, args);
        if (type.IsSubtype(SyntaxError))
        {
            var e = new PySyntaxError(type, args);
            if (args.Count > 0) e.Msg = Ops.Str(args[0]);
            return e;
        }
        return new PyBaseException(type, args);
    }
}
