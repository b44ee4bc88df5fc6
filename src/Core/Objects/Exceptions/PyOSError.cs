// OSError and its subclasses carry errno, strerror and the file names (CPython's OSError_init and
// OSError_str): OSError(errno, strerror[, filename[, winerror[, filename2]]]) keeps only
// (errno, strerror) in args, and str() reads "[Errno 2] No such file or directory: 'x'".
namespace GilRuntime.Core.Objects;

public sealed class PyOSError : PyBaseException
{
    public PyObject Errno { get; set; } = Py.None;
    public PyObject Strerror { get; set; } = Py.None;
    public PyObject Filename { get; set; } = Py.None;
    public PyObject Filename2 { get; set; } = Py.None;

    public PyOSError(PyType type, PyTuple args) : base(type, args)
    {
        if (args.Count >= 2 && args.Count <= 5)
        {
            Errno = args[0];
            Strerror = args[1];
            if (args.Count >= 3) Filename = args[2];
            if (args.Count == 5) Filename2 = args[4];
            if (args.Count >= 3) Args = new PyTuple([args[0], args[1]]);
        }
    }

    public override string Str()
    {
        if (Filename is not PyNone)
        {
            return Filename2 is not PyNone
                ? $"[Errno {Ops.Str(Errno)}] {Ops.Str(Strerror)}: {Ops.Repr(Filename)} -> {Ops.Repr(Filename2)}"
                : $"[Errno {Ops.Str(Errno)}] {Ops.Str(Strerror)}: {Ops.Repr(Filename)}";
        }
        if (Errno is not PyNone && Strerror is not PyNone) return $"[Errno {Ops.Str(Errno)}] {Ops.Str(Strerror)}";
        return base.Str();
    }

    public override PyObject? LookupAttr(PyStr name) => name.Value switch
    {
        "errno" => Errno,
        "strerror" => Strerror,
        "filename" => Filename,
        "filename2" => Filename2,
        _ => base.LookupAttr(name),
    };

    public override void SetAttr(PyStr name, PyObject? value)
    {
        switch (name.Value)
        {
            case "errno": Errno = value ?? Py.None; return;
            case "strerror": Strerror = value ?? Py.None; return;
            case "filename": Filename = value ?? Py.None; return;
            case "filename2": Filename2 = value ?? Py.None; return;
        }
        base.SetAttr(name, value);
    }
}

/// <summary>UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError with their position fields.</summary>
public sealed class PyUnicodeError : PyBaseException
{
    public PyUnicodeError(PyType type, PyTuple args) : base(type, args) { }

    private bool IsTranslate => Type.IsSubtype(ExceptionTypes.UnicodeTranslateError);
    private int Offset => IsTranslate ? -1 : 0;

    private PyObject? Field(int i)
    {
        int j = i + Offset;
        return j >= 0 && j < Args.Count ? Args[j] : null;
    }

    public override string Str()
    {
        bool full = IsTranslate ? Args.Count == 4 : Args.Count == 5;
        if (!full) return base.Str();
        var obj = Field(1)!;
        long start = Field(2) is PyInt { IsSmall: true } s ? s.Value : 0;
        long end = Field(3) is PyInt { IsSmall: true } e ? e.Value : 0;
        var reason = Ops.Str(Field(4)!);
        var enc = IsTranslate ? "" : Ops.Str(Field(0)!);
        if (Type.IsSubtype(ExceptionTypes.UnicodeDecodeError))
        {
            if (end == start + 1 && obj is PyBytes b && start >= 0 && start < b.Value.Length)
                return $"'{enc}' codec can't decode byte 0x{b.Value[start]:x2} in position {start}: {reason}";
            return $"'{enc}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        }
        var verb = IsTranslate ? "can't translate" : $"'{enc}' codec can't encode";
        if (end == start + 1 && obj is PyStr str && start >= 0 && start < str.Value.Length)
        {
            int cp = str.Value[(int)start];
            var ch = cp < 0x100 ? $"\\x{cp:x2}" : $"\\u{cp:x4}";
            return IsTranslate ? $"can't translate character '{ch}' in position {start}: {reason}"
                : $"{verb} character '{ch}' in position {start}: {reason}";
        }
        return $"{verb} characters in position {start}-{end - 1}: {reason}";
    }

    public override PyObject? LookupAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "encoding": return IsTranslate ? null : Field(0) ?? Py.None;
            case "object": return Field(1) ?? Py.None;
            case "start": return Field(2) ?? Py.None;
            case "end": return Field(3) ?? Py.None;
            case "reason": return Field(4) ?? Py.None;
        }
        return base.LookupAttr(name);
    }
}
