// The Python face of _socket.socket: its methods with CPython's argument rules and messages, and the
// family / type / proto / timeout attributes. Python classes may derive from it (socket.socket does).
namespace GilRuntime.Core.Modules.Socket;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Objects.Classes;

public partial class PySocket
{
    private static readonly string[] s_initNames = ["family", "type", "proto", "fileno"];
    private static readonly string[] s_recvIntoNames = ["buffer", "nbytes", "flags"];

    private static PyType CreateType()
    {
        var t = PyType.Builtin("socket", typeof(PySocket), null, static (type, a, k) =>
        {
            var s = new PySocket();
            s.InitArgs(a, k);
            return s;
        });
        t.Module = "_socket";
        t.SubtypeNew = static (type, a, k) => new PySocketSub(type);
        t.Dict.SetItem(PyStr.Intern("__new__"), new PyBuiltinNew(t));
        t.AddMethod("__init__", static (s, a, k) => { ((PySocket)s).InitArgs(a, k); return Py.None; });
        Getter(t, "family", static s => PyInt.From(s.Family));
        Getter(t, "type", static s => PyInt.From(s.SockType));
        Getter(t, "proto", static s => PyInt.From(s.Proto));
        Getter(t, "timeout", static s => TimeoutObject(s.TimeoutNs));

        t.AddMethod("fileno", static (s, a, k) => { NoArgs("fileno", a, k); return PyInt.From(((PySocket)s).Fd); });
        t.AddMethod("close", static (s, a, k) => { NoArgs("close", a, k); ((PySocket)s).Close(); return Py.None; });
        t.AddMethod("detach", static (s, a, k) =>
        {
            NoArgs("detach", a, k);
            var sock = (PySocket)s;
            int fd = sock.Fd;
            sock.Fd = -1;
            return PyInt.From(fd);
        });
        t.AddMethod("gettimeout", static (s, a, k) => { NoArgs("gettimeout", a, k); return TimeoutObject(((PySocket)s).TimeoutNs); });
        t.AddMethod("settimeout", static (s, a, k) =>
        {
            OneArg("settimeout", a, k);
            ((PySocket)s).SetTimeout(ParseTimeout(a[0]));
            return Py.None;
        });
        t.AddMethod("getblocking", static (s, a, k) => { NoArgs("getblocking", a, k); return Py.Bool(((PySocket)s).TimeoutNs != 0); });
        t.AddMethod("setblocking", static (s, a, k) =>
        {
            OneArg("setblocking", a, k);
            ((PySocket)s).SetTimeout(Ops.IsTrue(a[0]) ? -1 : 0);
            return Py.None;
        });
        t.AddMethod("bind", static (s, a, k) => { OneArg("bind", a, k); ((PySocket)s).Bind(a[0]); return Py.None; });
        t.AddMethod("listen", static (s, a, k) =>
        {
            VarArgs("listen", a, k, 0, 1);
            var sock = (PySocket)s;
            int backlog = a.Length > 0 ? Int(a[0]) : 128;
            if (backlog < 0) backlog = 0;
            if (SocketNative.listen(sock.Fd, backlog) < 0) throw SocketErrors.FromErrno(SocketNative.Errno);
            return Py.None;
        });
        t.AddMethod("_accept", static (s, a, k) =>
        {
            NoArgs("_accept", a, k);
            var (fd, addr) = ((PySocket)s).Accept();
            return new PyTuple([PyInt.From(fd), addr]);
        });
        t.AddMethod("connect", static (s, a, k) =>
        {
            OneArg("connect", a, k);
            ((PySocket)s).Connect(a[0], "connect", raise: true);
            return Py.None;
        });
        t.AddMethod("connect_ex", static (s, a, k) =>
        {
            OneArg("connect_ex", a, k);
            return PyInt.From(((PySocket)s).Connect(a[0], "connect_ex", raise: false));
        });
        t.AddMethod("getsockname", static (s, a, k) => { NoArgs("getsockname", a, k); return ((PySocket)s).Name(peer: false); });
        t.AddMethod("getpeername", static (s, a, k) => { NoArgs("getpeername", a, k); return ((PySocket)s).Name(peer: true); });
        t.AddMethod("shutdown", static (s, a, k) =>
        {
            OneArg("shutdown", a, k);
            var sock = (PySocket)s;
            int how = Int(a[0]);
            int rc, err;
            using (Runtime.AllowThreads.Begin())
            {
                rc = SocketNative.shutdown(sock.Fd, how);
                err = rc < 0 ? SocketNative.Errno : 0;
            }
            if (rc < 0) throw SocketErrors.FromErrno(err);
            return Py.None;
        });
        t.AddMethod("recv", static (s, a, k) =>
        {
            VarArgs("recv", a, k, 1, 2);
            int n = BufSize(a[0], "recv");
            int flags = a.Length > 1 ? Int(a[1]) : 0;
            return PyBytes.From(((PySocket)s).Receive(n, flags));
        });
        t.AddMethod("recvfrom", static (s, a, k) =>
        {
            VarArgs("recvfrom", a, k, 1, 2);
            int n = BufSize(a[0], "recvfrom");
            int flags = a.Length > 1 ? Int(a[1]) : 0;
            var (data, addr) = ((PySocket)s).ReceiveFrom(n, flags);
            return new PyTuple([PyBytes.From(data), addr]);
        });
        t.AddMethod("recv_into", static (s, a, k) =>
        {
            var b = ArgParser.Bind("recv_into", a, k, s_recvIntoNames, 1);
            var target = WritableBuffer(b[0]!, "recv_into");
            int n = b[1] is null ? 0 : BufSize(b[1]!, "recv_into");
            int flags = b[2] is null ? 0 : Int(b[2]!);
            if (n == 0) n = target.Count;
            else if (n > target.Count) throw PyErr.ValueError("buffer too small for requested bytes");
            var buf = Scratch(n);
            int got = ((PySocket)s).ReceiveInto(buf, n, flags);
            buf.AsSpan(0, got).CopyTo(target.Span);
            return PyInt.From(got);
        });
        t.AddMethod("recvfrom_into", static (s, a, k) =>
        {
            var b = ArgParser.Bind("recvfrom_into", a, k, s_recvIntoNames, 1);
            var target = WritableBuffer(b[0]!, "recvfrom_into");
            int n = b[1] is null ? 0 : BufSize(b[1]!, "recvfrom_into");
            int flags = b[2] is null ? 0 : Int(b[2]!);
            if (n == 0) n = target.Count;
            else if (n > target.Count) throw PyErr.ValueError("nbytes is greater than the length of the buffer");
            var (data, addr) = ((PySocket)s).ReceiveFrom(n, flags);
            data.CopyTo(target.Span);
            return new PyTuple([PyInt.From(data.Length), addr]);
        });
        t.AddMethod("send", static (s, a, k) =>
        {
            VarArgs("send", a, k, 1, 2);
            var data = Data(a[0]);
            int flags = a.Length > 1 ? Int(a[1]) : 0;
            long deadline = 0;
            return PyInt.From(((PySocket)s).SendSome(data, 0, data.Length, flags, ref deadline));
        });
        t.AddMethod("sendall", static (s, a, k) =>
        {
            VarArgs("sendall", a, k, 1, 2);
            var data = Data(a[0]);
            int flags = a.Length > 1 ? Int(a[1]) : 0;
            ((PySocket)s).SendAll(data, flags);
            return Py.None;
        });
        t.AddMethod("sendto", static (s, a, k) =>
        {
            ArgParser.NoKeywords("socket.sendto", k);
            if (a.Length is < 2 or > 3) throw PyErr.TypeError($"sendto() takes 2 or 3 arguments ({a.Length} given)");
            var data = Data(a[0]);
            int flags = a.Length == 3 ? Int(a[1]) : 0;
            return PyInt.From(((PySocket)s).SendTo(data, flags, a[^1]));
        });
        t.AddMethod("setsockopt", static (s, a, k) =>
        {
            ArgParser.NoKeywords("socket.setsockopt", k);
            if (a.Length is < 3 or > 4) throw PyErr.TypeError($"setsockopt() takes exactly {(a.Length < 3 ? 3 : 4)} arguments ({a.Length} given)");
            ((PySocket)s).SetOption(Int(a[0]), Int(a[1]), a[2], a.Length == 4 ? a[3] : null);
            return Py.None;
        });
        t.AddMethod("getsockopt", static (s, a, k) =>
        {
            VarArgs("getsockopt", a, k, 2, 3);
            return ((PySocket)s).GetOption(Int(a[0]), Int(a[1]), a.Length > 2 ? Int(a[2]) : 0);
        });
        return t;
    }

    private static void Getter(PyType t, string name, Func<PySocket, PyObject> get) =>
        t.Dict.SetItem(PyStr.Intern(name), new Runtime.PyGetSetDescriptor(t, name, o => get((PySocket)o)));

    private void InitArgs(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        var b = ArgParser.Bind("socket", a, k, s_initNames, 0);
        int family = b[0] is null ? -1 : Int(b[0]!);
        int type = b[1] is null ? -1 : Int(b[1]!);
        int proto = b[2] is null ? -1 : Int(b[2]!);
        Init(family, type, proto, b[3]);
    }

    // ---- setsockopt / getsockopt ------------------------------------------------------------------------

    private unsafe void SetOption(int level, int name, PyObject value, PyObject? optlen)
    {
        int rc;
        if (optlen is not null)
        {
            if (value is not PyNone) throw PyErr.TypeError("setsockopt() argument 3 must be NoneType, not " + value.Type.Name);
            rc = SocketNative.setsockopt(Fd, level, name, null, (uint)Int(optlen));
        }
        else if (value is PyInt or PyBool)
        {
            int v = Int(value);
            rc = SocketNative.setsockopt(Fd, level, name, (byte*)&v, sizeof(int));
        }
        else
        {
            var data = BytesOps.AsBytes(value) ?? throw PyErr.TypeError($"a bytes-like object is required, not '{value.Type.Name}'");
            fixed (byte* p = data) rc = SocketNative.setsockopt(Fd, level, name, p, (uint)data.Length);
        }
        if (rc < 0) throw SocketErrors.FromErrno(SocketNative.Errno);
    }

    private unsafe PyObject GetOption(int level, int name, int buflen)
    {
        if (buflen == 0)
        {
            int err = SocketNative.GetIntOption(Fd, level, name, out int v);
            if (err != 0) throw SocketErrors.FromErrno(err);
            return PyInt.From(v);
        }
        if (buflen < 0 || buflen > 1024) throw PyErr.OSError("getsockopt buflen out of range");
        var buf = new byte[buflen];
        uint len = (uint)buflen;
        int rc;
        fixed (byte* p = buf) rc = SocketNative.getsockopt(Fd, level, name, p, &len);
        if (rc < 0) throw SocketErrors.FromErrno(SocketNative.Errno);
        return PyBytes.From(buf.AsSpan(0, (int)len).ToArray());
    }

    // ---- argument helpers (CPython's PyArg_ParseTuple wording for these methods) ------------------------

    private static void NoArgs(string name, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        ArgParser.NoKeywords("socket." + name, k);
        if (a.Length != 0) throw PyErr.TypeError($"socket.{name}() takes no arguments ({a.Length} given)");
    }

    private static void OneArg(string name, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        ArgParser.NoKeywords("socket." + name, k);
        if (a.Length != 1) throw PyErr.TypeError($"socket.{name}() takes exactly one argument ({a.Length} given)");
    }

    private static void VarArgs(string name, ReadOnlySpan<PyObject> a, PyTuple? k, int min, int max)
    {
        ArgParser.NoKeywords("socket." + name, k);
        if (a.Length < min)
            throw PyErr.TypeError($"{name}() takes {(min == max ? "exactly" : "at least")} {min} argument{(min == 1 ? "" : "s")} ({a.Length} given)");
        if (a.Length > max)
            throw PyErr.TypeError($"{name}() takes {(min == max ? "exactly" : "at most")} {max} argument{(max == 1 ? "" : "s")} ({a.Length} given)");
    }

    /// <summary>A C int argument ('i'): an index that fits in 32 bits.</summary>
    internal static int Int(PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
        var i = Ops.Index(o);
        if (!i.IsSmall || i.Value > int.MaxValue) throw PyErr.OverflowError("signed integer is greater than maximum");
        if (i.Value < int.MinValue) throw PyErr.OverflowError("signed integer is less than minimum");
        return (int)i.Value;
    }

    private static int BufSize(PyObject o, string fname)
    {
        long n = Ops.AsIndex(o);
        if (n < 0) throw PyErr.ValueError($"negative buffersize in {fname}");
        if (n > Array.MaxLength) throw PyErr.MemoryError("");
        return (int)n;
    }

    /// <summary>The bytes to send: bytes are immutable and used as they are, a bytearray is copied.</summary>
    private static byte[] Data(PyObject o) =>
        BytesOps.AsBytes(o) ?? throw PyErr.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    private static PyByteArray WritableBuffer(PyObject o, string fname) =>
        o as PyByteArray ?? throw PyErr.TypeError($"{fname}() argument 1 must be read-write bytes-like object, not {o.Type.Name}");
}
