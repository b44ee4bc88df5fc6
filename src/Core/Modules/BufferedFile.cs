// The binary file objects open() returns for 'rb', 'wb', 'ab', 'xb' and '+' modes (CPython's
// _io.BufferedReader / BufferedWriter / BufferedRandom over a FileIO): bytes in, bytes out, a seekable
// position, and the context-manager and line-iteration protocols.
namespace GilRuntime.Core.Modules;

using GilRuntime.Core.Objects;

public sealed class BufferedFile : PyObject
{
    public static readonly PyType ReaderType = MakeType("BufferedReader");
    public static readonly PyType WriterType = MakeType("BufferedWriter");
    public static readonly PyType RandomType = MakeType("BufferedRandom");

    /// <summary>The file behind a buffer; only the buffer's refills and flushes reach the file, with the GIL released.</summary>
    private readonly Stream _stream;
    private readonly PyType _type;
    private bool _closed;

    public string Name { get; }
    public string Mode { get; }

    public BufferedFile(string name, string mode, FileStream stream, bool plus)
    {
        Name = name;
        Mode = mode;
        _stream = new Io.LockedStream(new BufferedStream(new Io.GilReleasingStream(stream), 8192));
        _type = plus ? RandomType : stream.CanRead ? ReaderType : WriterType;
    }

    public override PyType Type => _type;

    private static BufferedFile Self(PyObject o)
    {
        var f = (BufferedFile)o;
        if (f._closed) throw PyErr.ValueError(f._type == ReaderType ? "read of closed file" : "I/O operation on closed file.");
        return f;
    }

    private static PyType MakeType(string name)
    {
        var t = PyType.Builtin(name, typeof(BufferedFile));
        t.Module = "_io";
        t.AddMethod("read", static (self, a, k) =>
        {
            ArgParser.Range("read", a, k, 0, 1);
            var f = Self(self);
            f.RequireReadable();
            long n = a.Length == 0 || a[0] is PyNone ? -1 : Ops.AsIndex(a[0]);
            return PyBytes.From(f.ReadBytes(n));
        });
        t.AddMethod("readline", static (self, a, k) =>
        {
            ArgParser.Range("readline", a, k, 0, 1);
            var f = Self(self);
            f.RequireReadable();
            return f.ReadLine() ?? PyBytes.Empty;
        });
        t.AddMethod("readlines", static (self, a, k) =>
        {
            var f = Self(self);
            f.RequireReadable();
            var list = new PyList();
            while (f.ReadLine() is { } line) list.Append(line);
            return list;
        });
        t.AddMethod("write", static (self, a, k) =>
        {
            ArgParser.Exactly("write", a, k, 1);
            var f = Self(self);
            if (!f._stream.CanWrite) throw UnsupportedOperation("write");
            var data = BytesOps.AsBytes(a[0]) ?? throw PyErr.TypeError($"a bytes-like object is required, not '{a[0].Type.Name}'");
            f._stream.Write(data);
            return PyInt.From(data.Length);
        });
        t.AddMethod("writelines", static (self, a, k) =>
        {
            ArgParser.Exactly("writelines", a, k, 1);
            var f = Self(self);
            foreach (var item in Ops.ToClrList(a[0]))
                f._stream.Write(BytesOps.AsBytes(item) ?? throw PyErr.TypeError($"a bytes-like object is required, not '{item.Type.Name}'"));
            return Py.None;
        });
        t.AddMethod("seek", static (self, a, k) =>
        {
            ArgParser.Range("seek", a, k, 1, 2);
            var f = Self(self);
            long offset = Ops.AsIndex(a[0]);
            long whence = a.Length > 1 ? Ops.AsIndex(a[1]) : 0;
            var origin = whence switch
            {
                0 => SeekOrigin.Begin,
                1 => SeekOrigin.Current,
                2 => SeekOrigin.End,
                _ => throw PyErr.ValueError($"whence value {whence} unsupported"),
            };
            if (whence == 0 && offset < 0) throw PyErr.ValueError($"negative seek position {offset}");
            return PyInt.From(f._stream.Seek(offset, origin));
        });
        t.AddMethod("tell", static (self, a, k) => PyInt.From(Self(self)._stream.Position));
        t.AddMethod("flush", static (self, a, k) => { Self(self)._stream.Flush(); return Py.None; });
        t.AddMethod("close", static (self, a, k) => { ((BufferedFile)self).Close(); return Py.None; });
        t.AddMethod("readable", static (self, a, k) => Py.Bool(Self(self)._stream.CanRead));
        t.AddMethod("writable", static (self, a, k) => Py.Bool(Self(self)._stream.CanWrite));
        t.AddMethod("seekable", static (self, a, k) => Py.Bool(Self(self)._stream.CanSeek));
        t.AddMethod("__enter__", static (self, a, k) => Self(self));
        t.AddMethod("__exit__", static (self, a, k) => { ((BufferedFile)self).Close(); return Py.None; });
        t.AddMethod("__iter__", static (self, a, k) => Self(self));
        t.AddMethod("__next__", static (self, a, k) => self.Next() ?? throw PyErr.StopIteration());
        return t;
    }

    private static PyException UnsupportedOperation(string what) =>
        PyErr.New(Io.IoModule.UnsupportedOperation, PyStr.From(what));

    private void RequireReadable()
    {
        if (!_stream.CanRead) throw UnsupportedOperation("read");
    }

    private byte[] ReadBytes(long n)
    {
        if (n < 0)
        {
            var ms = new MemoryStream();
            _stream.CopyTo(ms);
            return ms.ToArray();
        }
        var buf = new byte[n];
        int total = 0;
        while (total < n)
        {
            int got = _stream.Read(buf, total, (int)(n - total));
            if (got == 0) break;
            total += got;
        }
        return total == n ? buf : buf[..total];
    }

    private PyBytes? ReadLine()
    {
        var line = new List<byte>();
        int b;
        while ((b = _stream.ReadByte()) >= 0)
        {
            line.Add((byte)b);
            if (b == '\n') break;
        }
        return line.Count == 0 ? null : PyBytes.From(line.ToArray());
    }

    private void Close()
    {
        if (_closed) return;
        _closed = true;
        _stream.Dispose();
    }

    public override PyObject Iter() => Self(this);

    public override PyObject? Next()
    {
        var f = Self(this);
        f.RequireReadable();
        return f.ReadLine();
    }

    public override PyObject? LookupAttr(PyStr name) => name.Value switch
    {
        "name" => PyStr.From(Name),
        "mode" => PyStr.From(Mode),
        "closed" => Py.Bool(_closed),
        _ => base.LookupAttr(name),
    };

    public override string Repr() => $"<_io.{_type.Name} name={Ops.Repr(PyStr.From(Name))}>";
}
