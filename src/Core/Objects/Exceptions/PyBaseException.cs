// Python exception instances. One .NET class serves every builtin exception type (as CPython's
// PyBaseExceptionObject does); the Python type is a field. Subclasses carry extra state where CPython
// has it (StopIteration.value, SystemExit.code, OSError.errno, SyntaxError's location...).
namespace GilRuntime.Core.Objects;

public class PyBaseException : PyObject
{
    private readonly PyType _type;

    public PyBaseException(PyType type, PyTuple args)
    {
        _type = type;
        Args = args;
    }

    public override PyType Type => _type;
    public PyTuple Args { get; set; }
    /// <summary>__traceback__: a traceback object (Runtime's PyTraceback) or null.</summary>
    public PyObject? Traceback { get; set; }
    public PyBaseException? Cause { get; set; }
    public PyBaseException? Context { get; set; }
    public bool SuppressContext { get; set; }
    /// <summary>__dict__ for attributes set by user code (e.g. e.custom = 1), created on demand.</summary>
    public PyDict? InstanceDict { get; set; }

    public override string Str() => Args.Count switch
    {
        0 => "",
        1 when _type.IsSubtype(ExceptionTypes.KeyError) => Ops.Repr(Args[0]), // KeyError_str
        1 => Ops.Str(Args[0]),
        _ => Args.Repr(),
    };

    public override string Repr()
    {
        var name = _type.Name;
        return Args.Count == 1 ? $"{name}({Ops.Repr(Args[0])})" : $"{name}{Args.Repr()}";
    }

    public override PyObject? LookupAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "args": return Args;
            case "__traceback__": return Traceback ?? (PyObject)Py.None;
            case "__cause__": return (PyObject?)Cause ?? Py.None;
            case "__context__": return (PyObject?)Context ?? Py.None;
            case "__suppress_context__": return Py.Bool(SuppressContext);
        }
        if (InstanceDict is not null && InstanceDict.TryGetValue(name, out var v)) return v;
        return base.LookupAttr(name);
    }

    public override void SetAttr(PyStr name, PyObject? value)
    {
        switch (name.Value)
        {
            case "args": Args = value is null ? PyTuple.Empty : Ops.ToTuple(value); return;
            case "__traceback__": Traceback = value is PyNone ? null : value; return;
            case "__cause__": Cause = value as PyBaseException; SuppressContext = true; return;
            case "__context__": Context = value as PyBaseException; return;
            case "__suppress_context__": SuppressContext = value is not null && Ops.IsTrue(value); return;
        }
        InstanceDict ??= new PyDict();
        if (value is null) InstanceDict.DelItem(name); else InstanceDict.SetItem(name, value);
    }
}

/// <summary>StopIteration carries the generator's return value.</summary>
public sealed class PyStopIteration(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public PyObject Value => Args.Count > 0 ? Args[0] : Py.None;
    public override PyObject? LookupAttr(PyStr name) => name.Value == "value" ? Value : base.LookupAttr(name);
}

/// <summary>SystemExit carries the exit code.</summary>
public sealed class PySystemExit(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public PyObject Code => Args.Count switch { 0 => Py.None, 1 => Args[0], _ => Args };
    public override PyObject? LookupAttr(PyStr name) => name.Value == "code" ? Code : base.LookupAttr(name);
}

/// <summary>SyntaxError carries where the error is: filename, lineno, offset, text, end_lineno, end_offset.</summary>
public sealed class PySyntaxError(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public string Msg { get; set; } = "";
    public string? Filename { get; set; }
    public int Lineno { get; set; }
    /// <summary>1-based column as CPython reports it.</summary>
    public int Offset { get; set; }
    public string? Text { get; set; }
    public int EndLineno { get; set; }
    public int EndOffset { get; set; }

    public override string Str() => Filename is null ? Msg : $"{Msg} ({Filename}, line {Lineno})";

    public override PyObject? LookupAttr(PyStr name) => name.Value switch
    {
        "msg" => PyStr.From(Msg),
        "filename" => Filename is null ? Py.None : PyStr.From(Filename),
        "lineno" => PyInt.From(Lineno),
        "offset" => PyInt.From(Offset),
        "text" => Text is null ? Py.None : PyStr.From(Text),
        "end_lineno" => PyInt.From(EndLineno),
        "end_offset" => PyInt.From(EndOffset),
        _ => base.LookupAttr(name),
    };
}
