// The select module (CPython's Modules/selectmodule.c): select() and poll objects. Both are built on
// poll(2), which has no FD_SETSIZE limit (a .NET process already holds many descriptors); select()
// reports readiness with Linux's select() sets (readable includes hang-up and error, writable
// includes error, exceptional is priority data). The wait runs with the GIL released; under the
// controlled scheduler it is uncontrolled real I/O, timed by the real clock.
namespace GilRuntime.Core.Modules.Select;

using System.Diagnostics;
using GilRuntime.Core.Modules.Socket;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class SelectModule
{
    private const short InSet = SocketNative.POLLIN | SocketNative.POLLHUP | SocketNative.POLLERR | 64 | 128;
    private const short OutSet = SocketNative.POLLOUT | SocketNative.POLLERR | 256 | 512;
    private const short ExSet = SocketNative.POLLPRI;

    public static PyModule Create()
    {
        var m = new PyModule("select");
        m.Add("error", ExceptionTypes.OSError);
        m.Add("poll", PyPoll.TypeObject);
        foreach (var (name, value) in new (string, int)[]
        {
            ("POLLIN", 1), ("POLLPRI", 2), ("POLLOUT", 4), ("POLLERR", 8), ("POLLHUP", 16), ("POLLNVAL", 32),
            ("POLLRDNORM", 64), ("POLLRDBAND", 128), ("POLLWRNORM", 256), ("POLLWRBAND", 512), ("POLLMSG", 1024),
            ("POLLRDHUP", 8192), ("PIPE_BUF", 4096),
        })
            m.Add(name, PyInt.From(value));
        m.AddFunction("select", static (a, k) => Select(a, k));
        return m;
    }

    /// <summary>PyObject_AsFileDescriptor: an int, or the int its fileno() returns.</summary>
    internal static int FileDescriptor(PyObject o)
    {
        long fd;
        if (o is PyInt i) fd = i.IsSmall ? i.Value : throw PyErr.OverflowError("Python int too large to convert to C int");
        else
        {
            var fileno = o.LookupAttr(PyStr.Intern("fileno"))
                ?? throw PyErr.TypeError("argument must be an int, or have a fileno() method.");
            var r = fileno.Call([], null);
            if (r is not PyInt ri) throw PyErr.TypeError("fileno() returned a non-integer");
            fd = ri.IsSmall ? ri.Value : throw PyErr.OverflowError("Python int too large to convert to C int");
        }
        if (fd < 0) throw PyErr.ValueError($"file descriptor cannot be a negative integer ({fd})");
        if (fd > int.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C int");
        return (int)fd;
    }

    private static List<PyObject> Sequence(PyObject o)
    {
        if (o is PyList l) return Ops.ToClrList(l);
        if (o is PyTuple t) return new List<PyObject>(t.Items);
        if (!o.HasLength && o.LookupAttr(PyStr.Intern("__iter__")) is null) throw PyErr.TypeError("arguments 1-3 must be sequences");
        return Ops.ToClrList(o);
    }

    /// <summary>select(rlist, wlist, xlist[, timeout]).</summary>
    private static unsafe PyObject Select(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        ArgParser.Range("select", a, k, 3, 4);
        long timeoutNs = -1;
        if (a.Length == 4 && a[3] is not PyNone)
        {
            if (!PyFloat.TryAsDouble(a[3], out double secs)) throw PyErr.TypeError("timeout must be a float or None");
            if (double.IsNaN(secs)) throw PyErr.ValueError("Invalid value NaN (not a number)");
            if (secs < 0) throw PyErr.ValueError("timeout must be non-negative");
            timeoutNs = (long)Math.Min(Math.Ceiling(secs * 1e9), 9.2e18);
        }
        var lists = new List<PyObject>[3];
        for (int n = 0; n < 3; n++) lists[n] = Sequence(a[n]);

        // One pollfd per (list, entry): the same descriptor may appear in several lists.
        int total = lists[0].Count + lists[1].Count + lists[2].Count;
        var fds = new SocketNative.PollFd[total];
        int at = 0;
        for (int n = 0; n < 3; n++)
            foreach (var o in lists[n])
            {
                fds[at].Fd = FileDescriptor(o);
                fds[at].Events = n switch { 0 => (short)(SocketNative.POLLIN | 64), 1 => (short)(SocketNative.POLLOUT | 256), _ => SocketNative.POLLPRI };
                at++;
            }
        Wait(fds, timeoutNs);

        var result = new PyObject[3];
        at = 0;
        for (int n = 0; n < 3; n++)
        {
            var ready = new PyList();
            short mask = n switch { 0 => InSet, 1 => OutSet, _ => ExSet };
            foreach (var o in lists[n])
            {
                if ((fds[at].Revents & SocketNative.POLLNVAL) != 0) throw SocketErrors.FromErrno(SocketNative.EBADF);
                if ((fds[at].Revents & mask) != 0) ready.Append(o);
                at++;
            }
            result[n] = ready;
        }
        return new PyTuple(result);
    }

    /// <summary>poll(2) over <paramref name="fds"/> outside the GIL, interruptible on the main thread; -1 = no timeout.</summary>
    internal static int Wait(SocketNative.PollFd[] fds, long timeoutNs) =>
        FdWait.Poll(fds, timeoutNs < 0 ? -1 : FdWait.NowNs() + timeoutNs);

    private static long Now() => (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
}
