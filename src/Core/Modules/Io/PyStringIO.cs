// _io.StringIO (CPython's Modules/_io/stringio.c): an in-memory text stream. The buffer holds code
// points (UCS-4, as CPython's accumulator does) so positions, seek and tell count code points even for
// text above U+FFFF. Newline handling follows the `newline` argument: None translates \r and \r\n to \n
// on write and splits lines on \n; '' keeps them and splits on any of the three; '\r' or '\r\n'
// translate \n to themselves on write and split on themselves; '\n' (the default) does nothing.
namespace GilRuntime.Core.Modules.Io;

using System.Text;
using GilRuntime.Core.Objects;

public sealed class PyStringIO : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private int[] _buf = [];
    private int _len;
    private int _pos;
    private bool _closed;
    // null: newline=None (universal, translate on write); "" universal without translation.
    private readonly string? _newline;
    private readonly string? _writeNl; // what \n becomes on write ("\r" or "\r\n"), or null
    private int _seenNl;               // 1 = \n, 2 = \r, 4 = \r\n seen by a universal-mode write

    private PyStringIO(string? newline)
    {
        _newline = newline;
        _writeNl = newline is "\r" or "\r\n" ? newline : null;
    }

    public override PyType Type => TypeObject;
    public override string Repr() => $"<_io.StringIO object at {Ops.IdHex(this)}>";

    private void CheckClosed()
    {
        if (_closed) throw PyErr.ValueError("I/O operation on closed file");
    }

    private bool Universal => _newline is null || _newline.Length == 0;

    /// <summary>Writes at the current position (overwriting, padding a gap with NULs) and returns len(s).</summary>
    public int Write(string s)
    {
        CheckClosed();
        int written = 0;
        if (s.Length == 0) return 0;
        if (Universal) NoteNewlines(s);
        if (_newline is null && s.IndexOf('\r') >= 0) s = s.Replace("\r\n", "\n").Replace('\r', '\n');
        else if (_writeNl is not null && s.IndexOf('\n') >= 0) s = s.Replace("\n", _writeNl);
        int need = _pos + s.Length; // upper bound in code points
        if (need > _buf.Length) Array.Resize(ref _buf, Math.Max(need, _buf.Length * 2));
        if (_pos > _len) Array.Clear(_buf, _len, _pos - _len);
        for (int i = 0; i < s.Length;)
        {
            _buf[_pos++] = PyStr.NextCp(s, ref i);
            written++;
        }
        if (_pos > _len) _len = _pos;
        return written;
    }

    private void NoteNewlines(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\n') _seenNl |= 1;
            else if (c == '\r')
            {
                if (i + 1 < s.Length && s[i + 1] == '\n') { _seenNl |= 4; i++; }
                else _seenNl |= 2;
            }
        }
    }

    private string Slice(int start, int end)
    {
        if (end <= start) return "";
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            int cp = _buf[i];
            if (cp <= 0xFFFF) sb.Append((char)cp); else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }

    public string GetValue()
    {
        CheckClosed();
        return Slice(0, _len);
    }

    public string Read(long size)
    {
        CheckClosed();
        if (_pos >= _len) return "";
        int start = _pos;
        int end = size < 0 || size > _len - start ? _len : start + (int)size;
        _pos = end;
        return Slice(start, end);
    }

    /// <summary>The next line (up to and including its terminator), at most <paramref name="limit"/> code points.</summary>
    public string ReadLine(long limit)
    {
        CheckClosed();
        if (_pos >= _len) return "";
        int start = _pos;
        int max = limit < 0 || limit > _len - start ? _len : start + (int)limit;
        int i = start;
        if (_newline is not null && _newline.Length == 0)
        {
            while (i < max)
            {
                int c = _buf[i++];
                if (c == '\n') break;
                if (c == '\r')
                {
                    if (i < max && _buf[i] == '\n') i++;
                    break;
                }
            }
        }
        else if (_newline == "\r\n")
        {
            while (i < max)
            {
                if (_buf[i] == '\r' && i + 1 < max && _buf[i + 1] == '\n') { i += 2; break; }
                i++;
            }
        }
        else
        {
            int nl = _newline == "\r" ? '\r' : '\n';
            while (i < max)
                if (_buf[i++] == nl) break;
        }
        _pos = i;
        return Slice(start, i);
    }

    public long Seek(long pos, int whence)
    {
        CheckClosed();
        if (whence < 0 || whence > 2) throw PyErr.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
        if (whence == 0 && pos < 0) throw PyErr.ValueError($"Negative seek position {pos}");
        if (whence != 0 && pos != 0) throw PyErr.OSError("Can't do nonzero cur-relative seeks");
        if (whence == 2) _pos = _len;
        else if (whence == 0) _pos = pos > int.MaxValue ? int.MaxValue : (int)pos;
        return _pos;
    }

    public long Truncate(long size)
    {
        CheckClosed();
        if (size < 0) throw PyErr.ValueError($"Negative size value {size}");
        if (size < _len) _len = (int)size;
        return size;
    }

    public void Close() => _closed = true;

    public override PyObject Iter()
    {
        CheckClosed();
        return this;
    }

    public override PyObject? Next()
    {
        var line = ReadLine(-1);
        return line.Length == 0 ? null : PyStr.From(line);
    }

    private PyObject NewlinesAttr() => _seenNl switch
    {
        0 => Py.None,
        1 => PyStr.From("\n"),
        2 => PyStr.From("\r"),
        3 => new PyTuple([PyStr.From("\r"), PyStr.From("\n")]),
        4 => PyStr.From("\r\n"),
        5 => new PyTuple([PyStr.From("\n"), PyStr.From("\r\n")]),
        6 => new PyTuple([PyStr.From("\r"), PyStr.From("\r\n")]),
        _ => new PyTuple([PyStr.From("\r"), PyStr.From("\n"), PyStr.From("\r\n")]),
    };

    public override PyObject? LookupAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "closed": return Py.Bool(_closed);
            case "newlines": CheckClosed(); return NewlinesAttr();
            case "line_buffering": CheckClosed(); return Py.False;
            case "encoding": case "errors": return Py.None;
        }
        return base.LookupAttr(name);
    }

    // ---- construction and methods ---------------------------------------------------------------

    private static readonly string[] s_newNames = ["initial_value", "newline"];

    private static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = ArgParser.Bind("StringIO", args, kw, s_newNames, 0);
        string? newline = "\n";
        if (p[1] is { } nl)
        {
            if (nl is PyNone) newline = null;
            else if (nl is PyStr ns)
            {
                newline = ns.Value;
                if (newline is not ("" or "\n" or "\r" or "\r\n"))
                    throw PyErr.ValueError($"illegal newline value: {ns.Repr()}");
            }
            else throw PyErr.TypeError($"newline must be str or None, not {nl.Type.Name}");
        }
        var sio = new PyStringIO(newline);
        if (p[0] is { } init and not PyNone)
        {
            if (init is not PyStr s) throw PyErr.TypeError($"initial_value must be str or None, not {init.Type.Name}");
            sio.Write(s.Value);
            sio._pos = 0;
        }
        return sio;
    }

    private static PyStringIO Self(PyObject o) => (PyStringIO)o;

    /// <summary>An optional size argument: None or absent is -1; anything else must be an integer.</summary>
    internal static long SizeArg(string fname, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgParser.Range(fname, args, kw, 0, 1);
        if (args.Length == 0 || args[0] is PyNone) return -1;
        if (args[0].Index() is not { } i)
            throw PyErr.TypeError($"argument should be integer or None, not '{args[0].Type.Name}'");
        return i.IsSmall ? i.Value : (i.Sign < 0 ? -1 : long.MaxValue);
    }

    internal static (long Pos, int Whence) SeekArgs(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgParser.Range("seek", args, kw, 1, 2);
        long pos = Ops.AsIndex(args[0]);
        int whence = args.Length > 1 ? (int)Ops.AsIndex(args[1]) : 0;
        return (pos, whence);
    }

    private static PyType MakeType()
    {
        var t = PyType.Builtin("StringIO", typeof(PyStringIO), null, New);
        t.Module = "_io";
        t.AddMethod("write", static (self, a, k) =>
        {
            ArgParser.Exactly("write", a, k, 1);
            if (a[0] is not PyStr s) throw PyErr.TypeError($"string argument expected, got '{a[0].Type.Name}'");
            return PyInt.From(Self(self).Write(s.Value));
        });
        t.AddMethod("writelines", static (self, a, k) =>
        {
            ArgParser.Exactly("writelines", a, k, 1);
            var sio = Self(self);
            sio.CheckClosed();
            var it = a[0].Iter();
            while (it.Next() is { } line)
            {
                if (line is not PyStr s) throw PyErr.TypeError($"string argument expected, got '{line.Type.Name}'");
                sio.Write(s.Value);
            }
            return Py.None;
        });
        t.AddMethod("getvalue", static (self, a, k) => { ArgParser.Exactly("getvalue", a, k, 0); return PyStr.From(Self(self).GetValue()); });
        t.AddMethod("read", static (self, a, k) => { var n = SizeArg("read", a, k); return PyStr.From(Self(self).Read(n)); });
        t.AddMethod("readline", static (self, a, k) => { var n = SizeArg("readline", a, k); return PyStr.From(Self(self).ReadLine(n)); });
        t.AddMethod("readlines", static (self, a, k) =>
        {
            long hint = SizeArg("readlines", a, k);
            var sio = Self(self);
            sio.CheckClosed();
            var list = new PyList();
            long total = 0;
            while (true)
            {
                var line = sio.ReadLine(-1);
                if (line.Length == 0) break;
                list.Append(PyStr.From(line));
                total += line.Length;
                if (hint > 0 && total >= hint) break;
            }
            return list;
        });
        t.AddMethod("seek", static (self, a, k) => { var (pos, wh) = SeekArgs(a, k); return PyInt.From(Self(self).Seek(pos, wh)); });
        t.AddMethod("tell", static (self, a, k) => { ArgParser.Exactly("tell", a, k, 0); var s = Self(self); s.CheckClosed(); return PyInt.From(s._pos); });
        t.AddMethod("truncate", static (self, a, k) =>
        {
            var s = Self(self);
            s.CheckClosed();
            ArgParser.Range("truncate", a, k, 0, 1);
            long size = a.Length == 0 || a[0] is PyNone ? s._pos : Ops.AsIndex(a[0]);
            return PyInt.From(s.Truncate(size));
        });
        t.AddMethod("close", static (self, a, k) => { Self(self).Close(); return Py.None; });
        t.AddMethod("flush", static (self, a, k) => { Self(self).CheckClosed(); return Py.None; });
        t.AddMethod("readable", static (self, a, k) => { Self(self).CheckClosed(); return Py.True; });
        t.AddMethod("writable", static (self, a, k) => { Self(self).CheckClosed(); return Py.True; });
        t.AddMethod("seekable", static (self, a, k) => { Self(self).CheckClosed(); return Py.True; });
        t.AddMethod("isatty", static (self, a, k) => { Self(self).CheckClosed(); return Py.False; });
        t.AddMethod("fileno", static (self, a, k) => throw PyErr.New(IoModule.UnsupportedOperation, "fileno"));
        t.AddMethod("detach", static (self, a, k) => throw PyErr.New(IoModule.UnsupportedOperation, "detach"));
        t.AddMethod("__enter__", static (self, a, k) => { Self(self).CheckClosed(); return self; });
        t.AddMethod("__exit__", static (self, a, k) => { Self(self).Close(); return Py.None; });
        t.AddMethod("__iter__", static (self, a, k) => self.Iter());
        t.AddMethod("__next__", static (self, a, k) => self.Next() ?? throw PyErr.StopIteration());
        return t;
    }
}
