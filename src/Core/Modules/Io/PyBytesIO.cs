// _io.BytesIO (CPython's Modules/_io/bytesio.c): an in-memory binary stream over a growable byte
// buffer. Writing past the end pads the gap with zero bytes; seeks relative to the current position
// or the end may be nonzero and clamp at 0, unlike StringIO's.
namespace GilRuntime.Core.Modules.Io;

using GilRuntime.Core.Objects;

public sealed class PyBytesIO : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private byte[] _buf = [];
    private int _len;
    private int _pos;
    private bool _closed;

    public override PyType Type => TypeObject;
    public override string Repr() => $"<_io.BytesIO object at {Ops.IdHex(this)}>";

    private void CheckClosed()
    {
        if (_closed) throw PyErr.ValueError("I/O operation on closed file.");
    }

    public int Write(ReadOnlySpan<byte> data)
    {
        CheckClosed();
        if (data.Length == 0) return 0;
        int need = _pos + data.Length;
        if (need > _buf.Length) Array.Resize(ref _buf, Math.Max(need, _buf.Length * 2));
        if (_pos > _len) Array.Clear(_buf, _len, _pos - _len);
        data.CopyTo(_buf.AsSpan(_pos));
        _pos = need;
        if (_pos > _len) _len = _pos;
        return data.Length;
    }

    public byte[] Read(long size)
    {
        CheckClosed();
        if (_pos >= _len) return [];
        int end = size < 0 || size > _len - _pos ? _len : _pos + (int)size;
        var r = _buf.AsSpan(_pos, end - _pos).ToArray();
        _pos = end;
        return r;
    }

    public byte[] ReadLine(long limit)
    {
        CheckClosed();
        if (_pos >= _len) return [];
        int max = limit < 0 || limit > _len - _pos ? _len : _pos + (int)limit;
        int i = _pos;
        while (i < max)
            if (_buf[i++] == (byte)'\n') break;
        var r = _buf.AsSpan(_pos, i - _pos).ToArray();
        _pos = i;
        return r;
    }

    public long Seek(long pos, int whence)
    {
        CheckClosed();
        if (whence < 0 || whence > 2) throw PyErr.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        if (whence == 0 && pos < 0) throw PyErr.ValueError($"negative seek value {pos}");
        if (whence == 1) pos += _pos;
        else if (whence == 2) pos += _len;
        if (pos < 0) pos = 0;
        _pos = pos > int.MaxValue ? int.MaxValue : (int)pos;
        return _pos;
    }

    public long Truncate(long size)
    {
        CheckClosed();
        if (size < 0) throw PyErr.ValueError($"negative size value {size}");
        if (size < _len) _len = (int)size;
        return size;
    }

    public override PyObject Iter()
    {
        CheckClosed();
        return this;
    }

    public override PyObject? Next()
    {
        var line = ReadLine(-1);
        return line.Length == 0 ? null : PyBytes.From(line);
    }

    public override PyObject? LookupAttr(PyStr name) =>
        name.Value == "closed" ? Py.Bool(_closed) : base.LookupAttr(name);

    private static readonly string[] s_newNames = ["initial_bytes"];

    private static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = ArgParser.Bind("BytesIO", args, kw, s_newNames, 0);
        var bio = new PyBytesIO();
        if (p[0] is { } init and not PyNone)
        {
            bio.Write(BytesOps.RequireBytes(init));
            bio._pos = 0;
        }
        return bio;
    }

    private static PyBytesIO Self(PyObject o) => (PyBytesIO)o;

    private static PyType MakeType()
    {
        var t = PyType.Builtin("BytesIO", typeof(PyBytesIO), null, New);
        t.Module = "_io";
        t.AddMethod("write", static (self, a, k) =>
        {
            ArgParser.Exactly("write", a, k, 1);
            var data = BytesOps.AsSpanOrNull(a[0], out bool ok);
            if (!ok) throw PyErr.TypeError($"a bytes-like object is required, not '{a[0].Type.Name}'");
            return PyInt.From(Self(self).Write(data));
        });
        t.AddMethod("writelines", static (self, a, k) =>
        {
            ArgParser.Exactly("writelines", a, k, 1);
            var bio = Self(self);
            bio.CheckClosed();
            var it = a[0].Iter();
            while (it.Next() is { } chunk)
            {
                var data = BytesOps.AsSpanOrNull(chunk, out bool ok);
                if (!ok) throw PyErr.TypeError($"a bytes-like object is required, not '{chunk.Type.Name}'");
                bio.Write(data);
            }
            return Py.None;
        });
        t.AddMethod("getvalue", static (self, a, k) =>
        {
            ArgParser.Exactly("getvalue", a, k, 0);
            var b = Self(self);
            b.CheckClosed();
            return PyBytes.From(b._buf.AsSpan(0, b._len).ToArray());
        });
        t.AddMethod("read", static (self, a, k) => PyBytes.From(Self(self).Read(PyStringIO.SizeArg("read", a, k))));
        t.AddMethod("read1", static (self, a, k) => PyBytes.From(Self(self).Read(PyStringIO.SizeArg("read1", a, k))));
        t.AddMethod("readline", static (self, a, k) => PyBytes.From(Self(self).ReadLine(PyStringIO.SizeArg("readline", a, k))));
        t.AddMethod("readlines", static (self, a, k) =>
        {
            long hint = PyStringIO.SizeArg("readlines", a, k);
            var b = Self(self);
            b.CheckClosed();
            var list = new PyList();
            long total = 0;
            while (true)
            {
                var line = b.ReadLine(-1);
                if (line.Length == 0) break;
                list.Append(PyBytes.From(line));
                total += line.Length;
                if (hint > 0 && total >= hint) break;
            }
            return list;
        });
        t.AddMethod("readinto", static (self, a, k) =>
        {
            ArgParser.Exactly("readinto", a, k, 1);
            if (a[0] is not PyByteArray dest) throw PyErr.TypeError($"readinto() argument must be read-write bytes-like object, not {a[0].Type.Name}");
            var data = Self(self).Read(dest.Count);
            data.CopyTo(dest.Span);
            return PyInt.From(data.Length);
        });
        t.AddMethod("seek", static (self, a, k) => { var (pos, wh) = PyStringIO.SeekArgs(a, k); return PyInt.From(Self(self).Seek(pos, wh)); });
        t.AddMethod("tell", static (self, a, k) => { ArgParser.Exactly("tell", a, k, 0); var b = Self(self); b.CheckClosed(); return PyInt.From(b._pos); });
        t.AddMethod("truncate", static (self, a, k) =>
        {
            var b = Self(self);
            b.CheckClosed();
            ArgParser.Range("truncate", a, k, 0, 1);
            long size = a.Length == 0 || a[0] is PyNone ? b._pos : Ops.AsIndex(a[0]);
            return PyInt.From(b.Truncate(size));
        });
        t.AddMethod("close", static (self, a, k) => { Self(self)._closed = true; return Py.None; });
        t.AddMethod("flush", static (self, a, k) => { Self(self).CheckClosed(); return Py.None; });
        t.AddMethod("readable", static (self, a, k) => { Self(self).CheckClosed(); return Py.True; });
        t.AddMethod("writable", static (self, a, k) => { Self(self).CheckClosed(); return Py.True; });
        t.AddMethod("seekable", static (self, a, k) => { Self(self).CheckClosed(); return Py.True; });
        t.AddMethod("isatty", static (self, a, k) => { Self(self).CheckClosed(); return Py.False; });
        t.AddMethod("fileno", static (self, a, k) => throw PyErr.New(IoModule.UnsupportedOperation, "fileno"));
        t.AddMethod("__enter__", static (self, a, k) => { Self(self).CheckClosed(); return self; });
        t.AddMethod("__exit__", static (self, a, k) => { Self(self)._closed = true; return Py.None; });
        t.AddMethod("__iter__", static (self, a, k) => self.Iter());
        t.AddMethod("__next__", static (self, a, k) => self.Next() ?? throw PyErr.StopIteration());
        return t;
    }
}
