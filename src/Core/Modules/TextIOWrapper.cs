// _io.TextIOWrapper over .NET text streams: sys.stdout/stderr/stdin and the files open() returns.
// Text mode only (newline translation is left to the .NET reader, which splits on \n, \r and \r\n).
namespace GilRuntime.Core.Modules;

using System.Text;
using GilRuntime.Core.Objects;

public sealed class TextIOWrapper : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private readonly TextWriter? _writer;
    private readonly TextReader? _reader;
    private readonly bool _ownsStreams;
    /// <summary>The reader hides its system calls (Console.In): whole reads are done outside the GIL.</summary>
    private readonly bool _releasePerRead;
    /// <summary>Held around every use of the writer or reader when their system calls release the GIL
    /// (Io/IoLock); null for in-memory streams, which the GIL alone serializes.</summary>
    private readonly object? _ioLock;
    private bool _closed;

    public string Name { get; }
    /// <summary>A stream flushed before each write to this one (sys.stderr flushes sys.stdout, so the two
    /// interleave in program order as CPython's unbuffered streams do).</summary>
    public TextIOWrapper? FlushFirst { get; set; }
    public string Mode { get; }

    public TextIOWrapper(string name, string mode, TextWriter? writer, TextReader? reader, bool ownsStreams = false)
    {
        Name = name;
        Mode = mode;
        // The system calls under these writers and readers run with the GIL released (Io/OsStreams).
        _writer = writer is null ? null : Io.OsStreams.ForWriting(writer, flushAtExit: name is "<stdout>" or "<stderr>");
        _reader = reader is null ? null : Io.OsStreams.ForReading(reader);
        _releasePerRead = _reader is not null && Io.OsStreams.NeedsReleasePerRead(_reader);
        if (!ReferenceEquals(_writer, writer) || !ReferenceEquals(_reader, reader) || _releasePerRead) _ioLock = new object();
        _ownsStreams = ownsStreams;
    }

    public override PyType Type => TypeObject;
    public TextWriter? Writer => _writer;

    public override string Repr() => $"<_io.TextIOWrapper name={Ops.Repr(PyStr.From(Name))} mode='{Mode}' encoding='utf-8'>";

    public void Write(string s)
    {
        CheckOpen();
        if (_writer is null) throw PyErr.New(UnsupportedOperation(), "not writable");
        FlushFirst?.Flush();
        if (_ioLock is null)
        {
            _writer.Write(s);
            return;
        }
        Io.IoLock.Enter(_ioLock);
        try
        {
            CheckOpen();
            _writer.Write(s);
        }
        finally
        {
            Io.IoLock.Exit(_ioLock);
        }
    }

    public void Flush()
    {
        if (_ioLock is null)
        {
            if (!_closed) _writer?.Flush();
            return;
        }
        Io.IoLock.Enter(_ioLock);
        try
        {
            if (!_closed) _writer?.Flush();
        }
        finally
        {
            Io.IoLock.Exit(_ioLock);
        }
    }

    private void CheckOpen()
    {
        if (_closed) throw PyErr.ValueError("I/O operation on closed file.");
    }

    private TextReader Reader()
    {
        CheckOpen();
        return _reader ?? throw PyErr.New(UnsupportedOperation(), "not readable");
    }

    private static PyType UnsupportedOperation() => ExceptionTypes.OSError;

    public string ReadLine()
    {
        var r = Reader();
        if (_ioLock is null) return ReadLine(r);
        Io.IoLock.Enter(_ioLock);
        try
        {
            CheckOpen();
            if (!_releasePerRead) return ReadLine(r);
            using (Runtime.AllowThreads.Begin()) return ReadLine(r);
        }
        finally
        {
            Io.IoLock.Exit(_ioLock);
        }
    }

    /// <summary>One line from <paramref name="r"/>; touches no Python object (it may run outside the GIL).</summary>
    private static string ReadLine(TextReader r)
    {
        var sb = new StringBuilder();
        while (true)
        {
            int c = r.Read();
            if (c < 0) break;
            if (c == '\r')
            {
                if (r.Peek() == '\n') r.Read();
                sb.Append('\n');
                break;
            }
            sb.Append((char)c);
            if (c == '\n') break;
        }
        return sb.ToString();
    }

    public string ReadAll()
    {
        var r = Reader();
        if (_ioLock is null) return r.ReadToEnd().Replace("\r\n", "\n");
        Io.IoLock.Enter(_ioLock);
        try
        {
            CheckOpen();
            if (!_releasePerRead) return r.ReadToEnd().Replace("\r\n", "\n");
            using (Runtime.AllowThreads.Begin()) return r.ReadToEnd().Replace("\r\n", "\n");
        }
        finally
        {
            Io.IoLock.Exit(_ioLock);
        }
    }

    /// <summary>read(n): up to n characters.</summary>
    private string ReadChars(int n)
    {
        var buf = new char[n];
        var r = Reader();
        int got;
        if (_ioLock is null) got = r.ReadBlock(buf, 0, buf.Length);
        else
        {
            Io.IoLock.Enter(_ioLock);
            try
            {
                CheckOpen();
                if (!_releasePerRead) got = r.ReadBlock(buf, 0, buf.Length);
                else using (Runtime.AllowThreads.Begin()) got = r.ReadBlock(buf, 0, buf.Length);
            }
            finally
            {
                Io.IoLock.Exit(_ioLock);
            }
        }
        return new string(buf, 0, got);
    }

    public void Close()
    {
        if (_closed) return;
        if (_ioLock is not null) Io.IoLock.Enter(_ioLock);
        try
        {
            if (_closed) return;
            _writer?.Flush();
            if (_ownsStreams)
            {
                _writer?.Dispose();
                _reader?.Dispose();
            }
            _closed = true;
        }
        finally
        {
            if (_ioLock is not null) Io.IoLock.Exit(_ioLock);
        }
    }

    public override PyObject Iter()
    {
        CheckOpen();
        return this;
    }

    public override PyObject? Next()
    {
        var line = ReadLine();
        return line.Length == 0 ? null : PyStr.From(line);
    }

    public override PyObject? LookupAttr(PyStr name) => name.Value switch
    {
        "name" => PyStr.From(Name),
        "mode" => PyStr.From(Mode),
        "encoding" => PyStr.From("utf-8"),
        "closed" => Py.Bool(_closed),
        "errors" => PyStr.From("strict"),
        _ => base.LookupAttr(name),
    };

    private static PyType MakeType()
    {
        var t = PyType.Builtin("TextIOWrapper", typeof(TextIOWrapper));
        t.Module = "_io";
        t.AddMethod("write", static (self, args, kw) =>
        {
            ArgParser.Exactly("write", args, kw, 1);
            if (args[0] is not PyStr s)
                throw PyErr.TypeError($"write() argument must be str, not {args[0].Type.Name}");
            ((TextIOWrapper)self).Write(s.Value);
            return PyInt.From(s.Value.Length);
        });
        t.AddMethod("flush", static (self, args, kw) => { ((TextIOWrapper)self).Flush(); return Py.None; });
        t.AddMethod("close", static (self, args, kw) => { ((TextIOWrapper)self).Close(); return Py.None; });
        t.AddMethod("readline", static (self, args, kw) => PyStr.From(((TextIOWrapper)self).ReadLine()));
        t.AddMethod("read", static (self, args, kw) =>
        {
            var w = (TextIOWrapper)self;
            if (args.Length > 0 && args[0] is PyInt n && n.IsSmall && n.Value >= 0)
            {
                return PyStr.From(w.ReadChars((int)Math.Min(n.Value, Array.MaxLength)));
            }
            return PyStr.From(w.ReadAll());
        });
        t.AddMethod("readlines", static (self, args, kw) =>
        {
            var w = (TextIOWrapper)self;
            var list = new PyList();
            for (var line = w.ReadLine(); line.Length > 0; line = w.ReadLine()) list.Append(PyStr.From(line));
            return list;
        });
        t.AddMethod("writelines", static (self, args, kw) =>
        {
            ArgParser.Exactly("writelines", args, kw, 1);
            foreach (var x in Ops.ToClrList(args[0])) ((TextIOWrapper)self).Write(((PyStr)x).Value);
            return Py.None;
        });
        t.AddMethod("isatty", static (self, args, kw) => Py.False);
        t.AddMethod("readable", static (self, args, kw) => Py.Bool(((TextIOWrapper)self)._reader is not null));
        t.AddMethod("writable", static (self, args, kw) => Py.Bool(((TextIOWrapper)self)._writer is not null));
        t.AddMethod("fileno", static (self, args, kw) => ((TextIOWrapper)self).Name switch
        {
            "<stdin>" => PyInt.From(0), "<stdout>" => PyInt.From(1), "<stderr>" => PyInt.From(2),
            _ => PyInt.From(3),
        });
        t.AddMethod("__enter__", static (self, args, kw) => self);
        t.AddMethod("__exit__", static (self, args, kw) => { ((TextIOWrapper)self).Close(); return Py.False; });
        return t;
    }
}
