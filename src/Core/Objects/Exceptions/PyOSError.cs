// OSError and its subclasses carry errno, strerror and the file names (CPython's OSError_init and
// OSError_str): OSError(errno, strerror[, filename[, winerror[, filename2]]]) keeps only
// (errno, strerror) in args when a filename is given, and str() reads "[Errno 2] No such file or
// directory: 'x'". OSError(errno, ...) itself builds the subclass its errno names (FileNotFoundError...).
namespace GilRuntime.Core.Objects;

public sealed class PyOSError : PyBaseException
{
    // null: never set (str() then falls back to BaseException's); Python sees None.
    private PyObject? _errno, _strerror, _filename, _filename2;
    /// <summary>BlockingIOError.characters_written; null raises AttributeError as in CPython.</summary>
    public PyObject? CharactersWritten { get; set; }

    public PyObject Errno { get => _errno ?? Py.None; set => _errno = value; }
    public PyObject Strerror { get => _strerror ?? Py.None; set => _strerror = value; }
    public PyObject Filename { get => _filename ?? Py.None; set => _filename = value; }
    public PyObject Filename2 { get => _filename2 ?? Py.None; set => _filename2 = value; }

    public PyOSError(PyType type, PyTuple args) : base(type, args)
    {
        if (!UsesInit(type)) Parse(args);
    }

    /// <summary>
    /// oserror_use_init: the arguments are parsed by __new__, unless a Python subclass overrides
    /// __init__ but not __new__ (then OSError.__init__, called through super(), parses them).
    /// </summary>
    private static bool UsesInit(PyType type)
    {
        if (!type.IsHeapType) return false;
        type.LookupMro(PyStr.Intern("__init__"), out var initOwner);
        type.LookupMro(PyStr.Intern("__new__"), out var newOwner);
        return initOwner is { IsHeapType: true } && newOwner is not { IsHeapType: true };
    }

    public override void Init(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Count: > 0 }) throw PyErr.TypeError($"{Type.Name}() takes no keyword arguments");
        if (!UsesInit(Type)) return; // everything was done by __new__
        base.Init(args, kwnames);
        _errno = _strerror = _filename = _filename2 = null;
        CharactersWritten = null;
        Parse(Args);
    }

    private void Parse(PyTuple args)
    {
        int n = args.Count;
        if (n < 2 || n > 5) return;
        _errno = args[0];
        _strerror = args[1];
        if (n < 3 || args[2] is PyNone) return;
        if (Type.IsSubtype(ExceptionTypes.BlockingIOError) && args[2] is PyInt)
        {
            CharactersWritten = args[2];
            return;
        }
        _filename = args[2];
        if (n == 5 && args[4] is not PyNone) _filename2 = args[4];
        Args = new PyTuple([args[0], args[1]]);
    }

    public override string ExceptionStr()
    {
        if (_filename is not null)
        {
            return _filename2 is not null
                ? $"[Errno {Ops.Str(Errno)}] {Ops.Str(Strerror)}: {Ops.Repr(_filename)} -> {Ops.Repr(_filename2)}"
                : $"[Errno {Ops.Str(Errno)}] {Ops.Str(Strerror)}: {Ops.Repr(_filename)}";
        }
        if (_errno is not null && _strerror is not null) return $"[Errno {Ops.Str(_errno)}] {Ops.Str(_strerror)}";
        return base.ExceptionStr();
    }

    /// <summary>The errno values (Linux) that make OSError(errno, ...) build a subclass (CPython's errnomap).</summary>
    internal static PyType? SubclassFor(long errno) => errno switch
    {
        1 or 13 => ExceptionTypes.PermissionError,
        2 => ExceptionTypes.FileNotFoundError,
        3 => ExceptionTypes.ProcessLookupError,
        4 => ExceptionTypes.InterruptedError,
        10 => ExceptionTypes.ChildProcessError,
        11 or 114 or 115 => ExceptionTypes.BlockingIOError,
        17 => ExceptionTypes.FileExistsError,
        20 => ExceptionTypes.NotADirectoryError,
        21 => ExceptionTypes.IsADirectoryError,
        32 or 108 => ExceptionTypes.BrokenPipeError,
        103 => ExceptionTypes.ConnectionAbortedError,
        104 => ExceptionTypes.ConnectionResetError,
        110 => ExceptionTypes.TimeoutError,
        111 => ExceptionTypes.ConnectionRefusedError,
        _ => null,
    };
}
