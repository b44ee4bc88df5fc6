// SyntaxError and its subclasses (IndentationError, TabError): msg plus the location fields CPython
// keeps (filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line). The fields are
// Python objects (None when unknown); the int properties serve the compiler, which raises with a
// known position.
namespace GilRuntime.Core.Objects;

public sealed class PySyntaxError : PyBaseException
{
    public PyObject MsgObj = Py.None;
    public PyObject FilenameObj = Py.None;
    public PyObject LinenoObj = Py.None;
    public PyObject OffsetObj = Py.None;
    public PyObject TextObj = Py.None;
    public PyObject EndLinenoObj = Py.None;
    public PyObject EndOffsetObj = Py.None;
    public PyObject PrintFileAndLine = Py.None;

    public string Msg
    {
        get => MsgObj is PyNone ? "" : Ops.Str(MsgObj);
        set => MsgObj = PyStr.From(value);
    }

    public string? Filename
    {
        get => FilenameObj is PyStr s ? s.Value : null;
        set => FilenameObj = value is null ? Py.None : PyStr.From(value);
    }

    public int Lineno { get => IntOf(LinenoObj); set => LinenoObj = PyInt.From(value); }
    /// <summary>1-based column as CPython reports it.</summary>
    public int Offset { get => IntOf(OffsetObj); set => OffsetObj = PyInt.From(value); }
    public string? Text
    {
        get => TextObj is PyStr s ? s.Value : null;
        set => TextObj = value is null ? Py.None : PyStr.From(value);
    }
    public int EndLineno { get => IntOf(EndLinenoObj); set => EndLinenoObj = PyInt.From(value); }
    public int EndOffset { get => IntOf(EndOffsetObj); set => EndOffsetObj = PyInt.From(value); }

    public PySyntaxError(PyType type, PyTuple args) : base(type, args)
    {
        try { Parse(args.Items); } catch (PyException) { }
    }

    private static int IntOf(PyObject o) => o is PyInt { IsSmall: true } i ? (int)i.Value : 0;

    /// <summary>SyntaxError_init: SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).</summary>
    public override void Init(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        base.Init(args, kwnames);
        Parse(args);
    }

    private void Parse(ReadOnlySpan<PyObject> args)
    {
        if (args.Length >= 1) MsgObj = args[0];
        if (args.Length == 2)
        {
            var info = Ops.ToTuple(args[1]);
            if (info.Count < 4 || info.Count > 6)
                throw PyErr.IndexError("tuple index out of range");
            FilenameObj = info[0];
            LinenoObj = info[1];
            OffsetObj = info[2];
            TextObj = info[3];
            EndLinenoObj = info.Count > 4 ? info[4] : Py.None;
            EndOffsetObj = info.Count > 5 ? info[5] : Py.None;
        }
    }

    /// <summary>SyntaxError_str: "msg (file.py, line 3)" with the file's base name.</summary>
    public override string ExceptionStr()
    {
        var msg = Ops.Str(MsgObj);
        string? file = FilenameObj is PyStr fs ? System.IO.Path.GetFileName(fs.Value) : null;
        bool haveLine = LinenoObj is PyInt;
        if (file is not null && haveLine) return $"{msg} ({file}, line {Ops.Str(LinenoObj)})";
        if (file is not null) return $"{msg} ({file})";
        if (haveLine) return $"{msg} (line {Ops.Str(LinenoObj)})";
        return msg;
    }
}
