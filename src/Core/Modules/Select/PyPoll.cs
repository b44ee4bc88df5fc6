// select.poll (CPython's pollObject): a registry of descriptors and event masks, kept in registration
// order, polled with the GIL released. poll(timeout) takes milliseconds; None or a negative value waits
// without limit.
namespace GilRuntime.Core.Modules.Select;

using GilRuntime.Core.Modules.Socket;
using GilRuntime.Core.Objects;

public sealed class PyPoll : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly Dictionary<int, short> _masks = [];
    private readonly List<int> _order = [];
    /// <summary>True while a poll() runs: CPython refuses a concurrent one from another thread.</summary>
    private bool _polling;

    public override PyType Type => TypeObject;

    private static PyType CreateType()
    {
        var t = PyType.Builtin("poll", typeof(PyPoll), null, static (type, a, k) =>
        {
            ArgParser.Exactly("poll", a, k, 0);
            return new PyPoll();
        });
        t.Module = "select";
        t.IsBaseType = false;
        t.AddMethod("register", static (s, a, k) =>
        {
            ArgParser.Range("register", a, k, 1, 2);
            var p = (PyPoll)s;
            int fd = SelectModule.FileDescriptor(a[0]);
            short mask = a.Length > 1 ? Mask(a[1]) : (short)(SocketNative.POLLIN | SocketNative.POLLPRI | SocketNative.POLLOUT);
            if (!p._masks.ContainsKey(fd)) p._order.Add(fd);
            p._masks[fd] = mask;
            return Py.None;
        });
        t.AddMethod("modify", static (s, a, k) =>
        {
            ArgParser.Exactly("modify", a, k, 2);
            var p = (PyPoll)s;
            int fd = SelectModule.FileDescriptor(a[0]);
            short mask = Mask(a[1]);
            if (!p._masks.ContainsKey(fd)) throw SocketErrors.FromErrno(2); // ENOENT, as CPython
            p._masks[fd] = mask;
            return Py.None;
        });
        t.AddMethod("unregister", static (s, a, k) =>
        {
            ArgParser.Exactly("unregister", a, k, 1);
            var p = (PyPoll)s;
            int fd = SelectModule.FileDescriptor(a[0]);
            if (!p._masks.Remove(fd)) throw PyErr.KeyError(PyInt.From(fd));
            p._order.Remove(fd);
            return Py.None;
        });
        t.AddMethod("poll", static (s, a, k) =>
        {
            ArgParser.Range("poll", a, k, 0, 1);
            return ((PyPoll)s).Poll(a.Length > 0 ? a[0] : Py.None);
        });
        return t;
    }

    /// <summary>An event mask: an unsigned short (CPython: _PyLong_UnsignedShort_Converter).</summary>
    private static short Mask(PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
        long v = Ops.AsIndex(o);
        if (v < 0) throw PyErr.OverflowError("Python int too large for C unsigned short");
        if (v > 0xFFFF) throw PyErr.OverflowError("Python int too large for C unsigned short");
        return unchecked((short)(ushort)v);
    }

    private PyObject Poll(PyObject timeout)
    {
        long ns = -1;
        if (timeout is not PyNone)
        {
            if (!PyFloat.TryAsDouble(timeout, out double ms))
                throw PyErr.TypeError($"'{timeout.Type.Name}' object cannot be interpreted as an integer");
            if (double.IsNaN(ms)) throw PyErr.ValueError("Invalid value NaN (not a number)");
            ns = ms < 0 ? -1 : (long)Math.Min(Math.Ceiling(ms * 1e6), 9.2e18);
        }
        if (_polling) throw PyErr.RuntimeError("concurrent poll() invocation");
        var fds = new SocketNative.PollFd[_order.Count];
        for (int i = 0; i < fds.Length; i++)
        {
            fds[i].Fd = _order[i];
            fds[i].Events = _masks[_order[i]];
        }
        _polling = true;
        try
        {
            SelectModule.Wait(fds, ns);
        }
        finally
        {
            _polling = false;
        }
        var result = new PyList();
        foreach (var f in fds)
            if (f.Revents != 0)
                result.Append(new PyTuple([PyInt.From(f.Fd), PyInt.From((ushort)f.Revents)]));
        return result;
    }

    public override string Repr() => $"<select.poll object at {Ops.IdHex(this)}>";
}
