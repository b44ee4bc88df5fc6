// traceback.FrameSummary: one frame of a stack summary (filename, lineno, name, the source line and,
// as in 3.11, the instruction's column span). Iterates and indexes like the 4-tuple
// (filename, lineno, name, line) it replaced, and compares equal to such tuples.
namespace GilRuntime.Core.Modules.Traceback;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public sealed class PyFrameSummary : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public string Filename;
    public PyObject Lineno;
    public string Name;
    public PyObject Locals = Py.None;
    public PyObject EndLineno = Py.None;
    public PyObject Colno = Py.None;
    public PyObject EndColno = Py.None;
    private string? _line;
    private bool _lineLoaded;

    public PyFrameSummary(string filename, PyObject lineno, string name, string? line = null)
    {
        Filename = filename;
        Lineno = lineno;
        Name = name;
        if (line is not null) { _line = line; _lineLoaded = true; }
    }

    /// <summary>A summary of a frame at an instruction (extract_tb / extract_stack).</summary>
    public static PyFrameSummary FromFrame(Frame frame, int lineno, int lasti)
    {
        var code = frame.Code;
        var fs = new PyFrameSummary(code.co_filename, lineno < 0 ? Py.None : PyInt.From(lineno), code.co_name);
        if ((uint)lasti < (uint)code.Positions.Length && code.Positions[lasti] is { Line: > 0 } pos)
        {
            fs.EndLineno = pos.EndLine > 0 ? PyInt.From(pos.EndLine) : Py.None;
            fs.Colno = pos.Column >= 0 ? PyInt.From(pos.Column) : Py.None;
            fs.EndColno = pos.EndColumn >= 0 ? PyInt.From(pos.EndColumn) : Py.None;
        }
        return fs;
    }

    private static PyType CreateType()
    {
        var t = PyType.Builtin("FrameSummary", typeof(PyFrameSummary), null, static (type, args, kw) =>
        {
            var p = ArgParser.Bind("FrameSummary", args, kw,
                ["filename", "lineno", "name", "lookup_line", "locals", "line", "end_lineno", "colno", "end_colno"], 3,
                maxPositional: 3);
            var fs = new PyFrameSummary(Ops.Str(p[0]!), p[1]!, Ops.Str(p[2]!),
                p[5] is PyStr ls ? ls.Value : null);
            if (p[4] is PyDict d)
            {
                var locals = new PyDict();
                foreach (var k in Ops.ToClrList(d)) locals.SetItem(k, PyStr.From(Ops.Repr(d.GetItem(k))));
                fs.Locals = locals;
            }
            fs.EndLineno = p[6] ?? Py.None;
            fs.Colno = p[7] ?? Py.None;
            fs.EndColno = p[8] ?? Py.None;
            if (p[3] is null || Ops.IsTrue(p[3]!)) _ = fs.Line;
            return fs;
        });
        t.Module = "traceback";
        return t;
    }

    public override PyType Type => TypeObject;

    /// <summary>The source line as read (with its indentation), or null.</summary>
    public string? OriginalLine
    {
        get
        {
            if (!_lineLoaded)
            {
                _lineLoaded = true;
                if (Lineno is PyInt { IsSmall: true } n) _line = TracebackPrinter.GetLine(Filename, (int)n.Value);
            }
            return _line;
        }
    }

    /// <summary>FrameSummary.line: the stripped source line ('' when missing), None without a line number.</summary>
    public PyObject Line
    {
        get
        {
            if (OriginalLine is { } l) return PyStr.From(l.Trim());
            return Lineno is PyNone ? Py.None : PyStr.Empty;
        }
    }

    private PyTuple AsTuple() => new([PyStr.From(Filename), Lineno, PyStr.From(Name), Line]);

    /// <summary>The printer's view of this frame (positions only when all are known).</summary>
    public TracebackPrinter.FrameEntry ToEntry()
    {
        int line = Lineno is PyInt { IsSmall: true } n ? (int)n.Value : -1;
        var pos = default(SourcePosition);
        if (Colno is PyInt c && EndColno is PyInt ec && line > 0)
            pos = new SourcePosition(line, EndLineno is PyInt el ? (int)el.Value : line, (int)c.Value, (int)ec.Value);
        return new TracebackPrinter.FrameEntry(Filename, line, Name, pos, OriginalLine ?? "")
        {
            LocalsText = Locals is PyDict d ? TracebackPrinter.LocalsText(d) : null,
        };
    }

    public override PyObject? LookupAttr(PyStr name) => name.Value switch
    {
        "filename" => PyStr.From(Filename),
        "lineno" => Lineno,
        "name" => PyStr.From(Name),
        "line" => Line,
        "locals" => Locals,
        "end_lineno" => EndLineno,
        "colno" => Colno,
        "end_colno" => EndColno,
        _ => base.LookupAttr(name),
    };

    public override void SetAttr(PyStr name, PyObject? value)
    {
        switch (name.Value)
        {
            case "filename": Filename = Ops.Str(value ?? Py.None); return;
            case "lineno": Lineno = value ?? Py.None; return;
            case "name": Name = Ops.Str(value ?? Py.None); return;
            case "line": _line = value is PyStr s ? s.Value : null; _lineLoaded = true; return;
            case "locals": Locals = value ?? Py.None; return;
        }
        base.SetAttr(name, value);
    }

    public override string Repr() => $"<FrameSummary file {Filename}, line {Ops.Str(Lineno)} in {Name}>";
    public override PyObject Iter() => AsTuple().Iter();
    public override PyObject GetItem(PyObject key) => AsTuple().GetItem(key);
    public override long Length() => 4;
    public override bool HasLength => true;

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return Py.NotImplemented;
        bool eq;
        if (other is PyFrameSummary fs)
            eq = Filename == fs.Filename && Ops.Eq(Lineno, fs.Lineno) && Name == fs.Name
                && Ops.Eq(Line, fs.Line) && Ops.Eq(Locals, fs.Locals);
        else if (other is PyTuple t) eq = Ops.Eq(AsTuple(), t);
        else return Py.NotImplemented;
        return Py.Bool(eq == (op == CompareOp.Eq));
    }

    public override long Hash() => throw PyErr.TypeError("unhashable type: 'FrameSummary'");
}
