// _socket.socket (CPython's PySocketSockObject): a file descriptor with its family, type, protocol and
// timeout. The timeout decides the mode, as in CPython: None = blocking fd, 0 = non-blocking fd
// (BlockingIOError instead of waiting), > 0 = non-blocking fd plus a poll() of at most the remaining
// time before each call (TimeoutError "timed out"). Every call that can wait runs with the GIL
// released (AllowThreads) and touches only .NET data inside: bytes are copied or pinned first and the
// Python results are built after the GIL is back.
//
// The waiting is real I/O, outside the IScheduler: under the controlled scheduler a socket wait is an
// uncontrolled block and its timeout runs on the real clock, not on virtual time.
namespace GilRuntime.Core.Modules.Socket;

using System.Diagnostics;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public partial class PySocket : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    /// <summary>socket.setdefaulttimeout's value in ns; -1 = None (blocking).</summary>
    internal static long DefaultTimeoutNs = -1;

    /// <summary>The descriptor; -1 once closed or detached.</summary>
    internal int Fd = -1;
    internal int Family, SockType, Proto;
    /// <summary>-1: blocking; 0: non-blocking; otherwise the timeout in ns (CPython: sock_timeout).</summary>
    internal long TimeoutNs = -1;

    public PySocket() { }

    public override PyType Type => TypeObject;

    ~PySocket()
    {
        // CPython's sock_finalize: a socket dropped without close() still gives its descriptor back.
        int fd = Fd;
        if (fd >= 0) SocketNative.close(fd);
    }

    public override string Repr() => $"<socket object, fd={Fd}, family={Family}, type={SockType}, proto={Proto}>";

    // ---- creation ---------------------------------------------------------------------------------------

    /// <summary>CPython: sock_initobj. fileno given: the family, type and protocol not given are asked of the fd.</summary>
    internal void Init(int family, int type, int proto, PyObject? fileno)
    {
        int fd;
        if (fileno is null or PyNone)
        {
            if (family == -1) family = SocketNative.AF_INET;
            if (type == -1) type = 1; // SOCK_STREAM
            if (proto == -1) proto = 0;
            fd = SocketNative.socket(family, type | SocketNative.SOCK_CLOEXEC, proto);
            if (fd < 0) throw SocketErrors.FromErrno(SocketNative.Errno);
        }
        else
        {
            if (fileno is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
            long f = Ops.AsIndex(fileno);
            if (f < 0) throw PyErr.ValueError("negative file descriptor");
            if (f > int.MaxValue) throw PyErr.OverflowError("file descriptor is greater than maximum");
            fd = (int)f;
            int err;
            if (family == -1)
            {
                if ((err = SocketNative.GetIntOption(fd, SocketNative.SOL_SOCKET, SocketNative.SO_DOMAIN, out family)) != 0)
                    throw SocketErrors.FromErrno(err);
            }
            if (type == -1)
            {
                if ((err = SocketNative.GetIntOption(fd, SocketNative.SOL_SOCKET, SocketNative.SO_TYPE, out type)) != 0)
                    throw SocketErrors.FromErrno(err);
            }
            if (proto == -1)
            {
                if ((err = SocketNative.GetIntOption(fd, SocketNative.SOL_SOCKET, SocketNative.SO_PROTOCOL, out proto)) != 0)
                    throw SocketErrors.FromErrno(err);
            }
        }
        Attach(fd, family, type, proto);
    }

    /// <summary>CPython: init_sockobject. The type loses its SOCK_NONBLOCK/SOCK_CLOEXEC flags; the default timeout applies.</summary>
    internal void Attach(int fd, int family, int type, int proto)
    {
        Fd = fd;
        Family = family;
        SockType = type & ~(SocketNative.SOCK_NONBLOCK | SocketNative.SOCK_CLOEXEC);
        Proto = proto;
        if ((type & SocketNative.SOCK_NONBLOCK) != 0) TimeoutNs = 0;
        else
        {
            TimeoutNs = DefaultTimeoutNs;
            if (TimeoutNs >= 0) SocketNative.SetNonBlocking(fd, true);
        }
    }

    // ---- timeouts ---------------------------------------------------------------------------------------

    /// <summary>A timeout argument in ns, -1 for None (CPython: socket_parse_timeout, rounding up).</summary>
    internal static long ParseTimeout(PyObject value)
    {
        if (value is PyNone) return -1;
        long ns;
        if (value is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d)) throw PyErr.ValueError("Invalid value NaN (not a number)");
            double scaled = Math.Ceiling(d * 1e9);
            if (scaled < 0) throw PyErr.ValueError("Timeout value out of range");
            if (scaled >= 9.2e18) throw PyErr.OverflowError("timestamp too large to convert to C _PyTime_t");
            ns = (long)scaled;
        }
        else
        {
            long s = Ops.AsIndex(value);
            if (s < 0) throw PyErr.ValueError("Timeout value out of range");
            if (s > long.MaxValue / 1_000_000_000) throw PyErr.OverflowError("timestamp too large to convert to C _PyTime_t");
            ns = s * 1_000_000_000;
        }
        return ns;
    }

    internal static PyObject TimeoutObject(long ns) => ns < 0 ? Py.None : new PyFloat(ns / 1e9);

    internal void SetTimeout(long ns)
    {
        TimeoutNs = ns;
        if (Fd < 0) throw SocketErrors.FromErrno(SocketNative.EBADF);
        int err = SocketNative.SetNonBlocking(Fd, ns >= 0);
        if (err != 0) throw SocketErrors.FromErrno(err);
    }

    /// <summary>
    /// Before a call on a socket with a timeout: waits outside the GIL until the fd is ready for reading or
    /// writing, or throws TimeoutError when the deadline (set on first use) passes (CPython: the poll part
    /// of sock_call_ex). Blocking and non-blocking sockets return at once.
    /// </summary>
    internal void WaitReady(bool writing, ref long deadline)
    {
        if (TimeoutNs <= 0 || Fd < 0) return;
        long now = FdWait.NowNs();
        if (deadline == 0) deadline = now + TimeoutNs;
        if (deadline - now < 0) throw SocketErrors.Timeout();
        if (FdWait.PollOne(Fd, writing ? SocketNative.POLLOUT : SocketNative.POLLIN, deadline) == 0)
            throw SocketErrors.Timeout();
    }

    /// <summary>
    /// A blocking socket used from the main thread: its calls are made with MSG_DONTWAIT and the waits
    /// in between are interruptible polls, so Ctrl-C reaches a main thread blocked in recv or send
    /// (CPython gets EINTR from the blocking call itself).
    /// </summary>
    private bool Interruptible(int flags) =>
        TimeoutNs < 0 && (flags & SocketNative.MSG_DONTWAIT) == 0 && FdWait.OnMainThread;

    /// <summary>After a failed call: true to try again (interrupted, or not ready yet under a timeout), else throws.</summary>
    internal bool Retry(int err)
    {
        if (err == SocketNative.EINTR) return true;
        if (TimeoutNs > 0 && err == SocketNative.EAGAIN) return true;
        throw SocketErrors.FromErrno(err);
    }

    // ---- data -------------------------------------------------------------------------------------------

    [ThreadStatic] private static byte[]? t_scratch;
    private const int ScratchSize = 64 * 1024;

    /// <summary>A per-thread receive buffer for small reads, so a recv allocates only its result.</summary>
    private static byte[] Scratch(int n) =>
        n <= ScratchSize ? (t_scratch ??= new byte[ScratchSize]) : new byte[n];

    /// <summary>recv(n, flags) into a fresh byte array of the received length.</summary>
    internal unsafe byte[] Receive(int n, int flags)
    {
        var buf = Scratch(n);
        int got = ReceiveInto(buf, n, flags);
        if (got == buf.Length && !ReferenceEquals(buf, t_scratch)) return buf;
        return buf.AsSpan(0, got).ToArray();
    }

    /// <summary>CPython: sock_recv_guts. Fills buf[0..n) at most; returns the count.</summary>
    internal unsafe int ReceiveInto(byte[] buf, int n, int flags)
    {
        long deadline = 0;
        bool interruptible = Interruptible(flags);
        if (interruptible) flags |= SocketNative.MSG_DONTWAIT;
        while (true)
        {
            WaitReady(false, ref deadline);
            nint got;
            int err;
            fixed (byte* p = buf)
            {
                using (AllowThreads.Begin())
                {
                    got = SocketNative.recv(Fd, p, n, flags);
                    err = got < 0 ? SocketNative.Errno : 0;
                }
            }
            if (got >= 0) return (int)got;
            if (interruptible && err == SocketNative.EAGAIN) FdWait.PollOne(Fd, SocketNative.POLLIN, -1);
            else Retry(err);
        }
    }

    internal unsafe (byte[] Data, PyObject Address) ReceiveFrom(int n, int flags)
    {
        var buf = Scratch(n);
        byte* addr = stackalloc byte[SocketAddress.StorageSize];
        long deadline = 0;
        bool interruptible = Interruptible(flags);
        if (interruptible) flags |= SocketNative.MSG_DONTWAIT;
        while (true)
        {
            WaitReady(false, ref deadline);
            nint got;
            int err;
            uint alen = SocketAddress.StorageSize;
            new Span<byte>(addr, SocketAddress.StorageSize).Clear();
            fixed (byte* p = buf)
            {
                using (AllowThreads.Begin())
                {
                    got = SocketNative.recvfrom(Fd, p, n, flags, addr, &alen);
                    err = got < 0 ? SocketNative.Errno : 0;
                }
            }
            if (got >= 0)
            {
                var data = got == buf.Length && !ReferenceEquals(buf, t_scratch) ? buf : buf.AsSpan(0, (int)got).ToArray();
                return (data, SocketAddress.Make(addr, alen));
            }
            if (interruptible && err == SocketNative.EAGAIN) FdWait.PollOne(Fd, SocketNative.POLLIN, -1);
            else Retry(err);
        }
    }

    /// <summary>One send() (CPython: sock_send_impl under sock_call); returns the bytes taken.</summary>
    internal unsafe int SendSome(byte[] data, int offset, int count, int flags, ref long deadline)
    {
        if (Interruptible(flags)) return SendInterruptible(data, offset, count, flags);
        while (true)
        {
            WaitReady(true, ref deadline);
            nint sent;
            int err;
            fixed (byte* p = data)
            {
                using (AllowThreads.Begin())
                {
                    sent = SocketNative.send(Fd, p + offset, count, flags | SocketNative.MSG_NOSIGNAL);
                    err = sent < 0 ? SocketNative.Errno : 0;
                }
            }
            if (sent >= 0) return (int)sent;
            Retry(err);
        }
    }

    /// <summary>A blocking send from the main thread: all of the data, as a blocking send(2) would take it,
    /// in non-blocking pieces with interruptible waits between them.</summary>
    private unsafe int SendInterruptible(byte[] data, int offset, int count, int flags)
    {
        int total = 0;
        do
        {
            nint sent;
            int err;
            fixed (byte* p = data)
            {
                using (AllowThreads.Begin())
                {
                    sent = SocketNative.send(Fd, p + offset + total, count - total,
                        flags | SocketNative.MSG_DONTWAIT | SocketNative.MSG_NOSIGNAL);
                    err = sent < 0 ? SocketNative.Errno : 0;
                }
            }
            if (sent >= 0) total += (int)sent;
            else if (err == SocketNative.EAGAIN) FdWait.PollOne(Fd, SocketNative.POLLOUT, -1);
            else if (total > 0) return total; // the error shows on the next call, as after a partial send(2)
            else Retry(err);
        } while (total < count);
        return total;
    }

    /// <summary>CPython: sock_sendall. The timeout bounds the whole call, not each chunk.</summary>
    internal void SendAll(byte[] data, int flags)
    {
        long deadline = 0;
        int offset = 0;
        do
        {
            offset += SendSome(data, offset, data.Length - offset, flags, ref deadline);
        } while (offset < data.Length);
    }

    internal unsafe int SendTo(byte[] data, int flags, PyObject address)
    {
        byte* addr = stackalloc byte[SocketAddress.StorageSize];
        uint alen = SocketAddress.Parse(Family, address, "sendto", addr);
        long deadline = 0;
        while (true)
        {
            WaitReady(true, ref deadline);
            nint sent;
            int err;
            fixed (byte* p = data)
            {
                using (AllowThreads.Begin())
                {
                    sent = SocketNative.sendto(Fd, p, data.Length, flags | SocketNative.MSG_NOSIGNAL, addr, alen);
                    err = sent < 0 ? SocketNative.Errno : 0;
                }
            }
            if (sent >= 0) return (int)sent;
            Retry(err);
        }
    }

    // ---- connections ------------------------------------------------------------------------------------

    /// <summary>CPython: sock_accept. The new descriptor is close-on-exec and blocking.</summary>
    internal unsafe (int Fd, PyObject Address) Accept()
    {
        byte* addr = stackalloc byte[SocketAddress.StorageSize];
        long deadline = 0;
        bool interruptible = Interruptible(0);
        while (true)
        {
            WaitReady(false, ref deadline);
            if (interruptible) FdWait.PollOne(Fd, SocketNative.POLLIN, -1);
            int fd, err;
            uint alen = SocketAddress.StorageSize;
            new Span<byte>(addr, SocketAddress.StorageSize).Clear();
            using (AllowThreads.Begin())
            {
                fd = SocketNative.accept4(Fd, addr, &alen, SocketNative.SOCK_CLOEXEC);
                err = fd < 0 ? SocketNative.Errno : 0;
            }
            if (fd >= 0) return (fd, SocketAddress.Make(addr, alen));
            Retry(err);
        }
    }

    /// <summary>CPython: internal_connect. Returns 0 or the errno (raising only when <paramref name="raise"/>).</summary>
    internal unsafe int Connect(PyObject address, string caller, bool raise)
    {
        byte* addr = stackalloc byte[SocketAddress.StorageSize];
        uint alen = SocketAddress.Parse(Family, address, caller, addr);
        int rc, err;
        using (AllowThreads.Begin())
        {
            rc = SocketNative.connect(Fd, addr, alen);
            err = rc < 0 ? SocketNative.Errno : 0;
        }
        if (rc == 0) return 0;
        bool wait = err == SocketNative.EINTR ? TimeoutNs != 0 : TimeoutNs > 0 && err == SocketNative.EINPROGRESS;
        if (wait)
        {
            long deadline = 0;
            try
            {
                WaitReady(true, ref deadline);
            }
            catch (PyException e) when (!raise && ReferenceEquals(e.Value.Type, ExceptionTypes.TimeoutError))
            {
                return SocketNative.EWOULDBLOCK;
            }
            if (TimeoutNs < 0)
            {
                // Blocking socket interrupted mid-connect: wait for the outcome as CPython does.
                SocketNative.PollFd p;
                p.Fd = Fd; p.Events = SocketNative.POLLOUT; p.Revents = 0;
                using (AllowThreads.Begin()) SocketNative.poll(&p, 1, -1);
            }
            err = SocketNative.GetIntOption(Fd, SocketNative.SOL_SOCKET, SocketNative.SO_ERROR, out int soError);
            if (err == 0) err = soError == SocketNative.EISCONN ? 0 : soError;
            if (err == 0) return 0;
        }
        if (raise) throw SocketErrors.FromErrno(err);
        return err;
    }

    internal unsafe void Bind(PyObject address)
    {
        byte* addr = stackalloc byte[SocketAddress.StorageSize];
        uint alen = SocketAddress.Parse(Family, address, "bind", addr);
        if (SocketNative.bind(Fd, addr, alen) < 0) throw SocketErrors.FromErrno(SocketNative.Errno);
    }

    internal unsafe PyObject Name(bool peer)
    {
        byte* addr = stackalloc byte[SocketAddress.StorageSize];
        new Span<byte>(addr, SocketAddress.StorageSize).Clear();
        uint alen = SocketAddress.StorageSize;
        int rc = peer ? SocketNative.getpeername(Fd, addr, &alen) : SocketNative.getsockname(Fd, addr, &alen);
        if (rc < 0) throw SocketErrors.FromErrno(SocketNative.Errno);
        return SocketAddress.Make(addr, alen);
    }

    /// <summary>CPython: sock_close. ECONNRESET from close() is not an error.</summary>
    internal void Close()
    {
        int fd = Fd;
        if (fd < 0) return;
        Fd = -1;
        int rc, err;
        using (AllowThreads.Begin())
        {
            rc = SocketNative.close(fd);
            err = rc < 0 ? SocketNative.Errno : 0;
        }
        if (rc < 0 && err != 104) throw SocketErrors.FromErrno(err);
    }
}
