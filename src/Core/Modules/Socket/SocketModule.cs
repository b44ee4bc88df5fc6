// The _socket module (CPython's Modules/socketmodule.c): the socket type, socketpair, the resolver
// functions (getaddrinfo, gethostbyname, gethostname), default timeouts, byte-order and address
// conversions, and the Linux constants. src/Lib/socket.py builds the socket module over it, as
// CPython's Lib/socket.py does.
namespace GilRuntime.Core.Modules.Socket;

using System.Buffers.Binary;
using System.Text;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class SocketModule
{
    private static readonly string[] s_gaiNames = ["host", "port", "family", "type", "proto", "flags"];

    /// <summary>The Linux values, as CPython's _socket exports them on this platform.</summary>
    private static readonly (string Name, long Value)[] s_constants =
    [
        ("AF_UNSPEC", 0), ("AF_UNIX", 1), ("AF_INET", 2), ("AF_INET6", 10), ("AF_NETLINK", 16), ("AF_PACKET", 17),
        ("SOCK_STREAM", 1), ("SOCK_DGRAM", 2), ("SOCK_RAW", 3), ("SOCK_RDM", 4), ("SOCK_SEQPACKET", 5),
        ("SOCK_NONBLOCK", 2048), ("SOCK_CLOEXEC", 524288),
        ("SOL_SOCKET", 1), ("SOL_TCP", 6), ("SOL_UDP", 17), ("SOL_IP", 0),
        ("SO_DEBUG", 1), ("SO_REUSEADDR", 2), ("SO_TYPE", 3), ("SO_ERROR", 4), ("SO_DONTROUTE", 5),
        ("SO_BROADCAST", 6), ("SO_SNDBUF", 7), ("SO_RCVBUF", 8), ("SO_KEEPALIVE", 9), ("SO_OOBINLINE", 10),
        ("SO_LINGER", 13), ("SO_REUSEPORT", 15), ("SO_RCVLOWAT", 18), ("SO_SNDLOWAT", 19), ("SO_RCVTIMEO", 20),
        ("SO_SNDTIMEO", 21), ("SO_ACCEPTCONN", 30), ("SO_DOMAIN", 39), ("SO_PROTOCOL", 38), ("SO_PEERCRED", 17),
        ("SO_PASSCRED", 16), ("SO_BINDTODEVICE", 25), ("SO_PRIORITY", 12), ("SO_MARK", 36), ("SOMAXCONN", 4096),
        ("IPPROTO_IP", 0), ("IPPROTO_TCP", 6), ("IPPROTO_UDP", 17), ("IPPROTO_IPV6", 41), ("IPPROTO_ICMP", 1),
        ("IPPROTO_RAW", 255), ("IPPROTO_ICMPV6", 58),
        ("TCP_NODELAY", 1), ("TCP_MAXSEG", 2), ("TCP_CORK", 3), ("TCP_KEEPIDLE", 4), ("TCP_KEEPINTVL", 5),
        ("TCP_KEEPCNT", 6), ("TCP_QUICKACK", 12), ("TCP_FASTOPEN", 23), ("TCP_USER_TIMEOUT", 18),
        ("IP_TOS", 1), ("IP_TTL", 2), ("IP_MULTICAST_TTL", 33), ("IP_MULTICAST_LOOP", 34),
        ("IP_ADD_MEMBERSHIP", 35), ("IP_DROP_MEMBERSHIP", 36), ("IPV6_V6ONLY", 26), ("IPV6_UNICAST_HOPS", 16),
        ("SHUT_RD", 0), ("SHUT_WR", 1), ("SHUT_RDWR", 2),
        ("MSG_OOB", 1), ("MSG_PEEK", 2), ("MSG_DONTROUTE", 4), ("MSG_DONTWAIT", 64), ("MSG_EOR", 128),
        ("MSG_TRUNC", 32), ("MSG_CTRUNC", 8), ("MSG_WAITALL", 256), ("MSG_NOSIGNAL", 16384),
        ("MSG_CMSG_CLOEXEC", 1073741824), ("MSG_ERRQUEUE", 8192), ("MSG_CONFIRM", 2048), ("MSG_MORE", 32768),
        ("INADDR_ANY", 0), ("INADDR_BROADCAST", 4294967295), ("INADDR_LOOPBACK", 2130706433), ("INADDR_NONE", 4294967295),
        ("AI_PASSIVE", 1), ("AI_CANONNAME", 2), ("AI_NUMERICHOST", 4), ("AI_NUMERICSERV", 1024), ("AI_V4MAPPED", 8),
        ("AI_ALL", 16), ("AI_ADDRCONFIG", 32),
        ("NI_NUMERICHOST", 1), ("NI_NUMERICSERV", 2), ("NI_NOFQDN", 4), ("NI_NAMEREQD", 8), ("NI_DGRAM", 16),
        ("NI_MAXHOST", 1025), ("NI_MAXSERV", 32),
        ("EAI_ADDRFAMILY", -9), ("EAI_AGAIN", -3), ("EAI_BADFLAGS", -1), ("EAI_FAIL", -4), ("EAI_FAMILY", -6),
        ("EAI_MEMORY", -10), ("EAI_NODATA", -5), ("EAI_NONAME", -2), ("EAI_OVERFLOW", -12), ("EAI_SERVICE", -8),
        ("EAI_SOCKTYPE", -7), ("EAI_SYSTEM", -11),
        ("SCM_RIGHTS", 1), ("SCM_CREDENTIALS", 2),
    ];

    public static PyModule Create()
    {
        var m = new PyModule("_socket");
        foreach (var (name, value) in s_constants) m.Add(name, PyInt.From(value));
        m.Add("socket", PySocket.TypeObject);
        m.Add("SocketType", PySocket.TypeObject);
        m.Add("error", ExceptionTypes.OSError);
        m.Add("timeout", ExceptionTypes.TimeoutError);
        m.Add("gaierror", SocketErrors.GaiError);
        m.Add("herror", SocketErrors.HError);
        m.Add("has_ipv6", Py.True);

        m.AddFunction("socketpair", static (a, k) => SocketPair(a, k));
        m.AddFunction("dup", static (a, k) =>
        {
            ArgParser.Exactly("dup", a, k, 1);
            int fd = SocketNative.fcntl(PySocket.Int(a[0]), SocketNative.F_DUPFD_CLOEXEC, 0);
            if (fd < 0) throw SocketErrors.FromErrno(SocketNative.Errno);
            return PyInt.From(fd);
        });
        m.AddFunction("close", static (a, k) =>
        {
            ArgParser.Exactly("close", a, k, 1);
            int fd = PySocket.Int(a[0]);
            int rc, err;
            using (AllowThreads.Begin())
            {
                rc = SocketNative.close(fd);
                err = rc < 0 ? SocketNative.Errno : 0;
            }
            if (rc < 0 && err != 104) throw SocketErrors.FromErrno(err);
            return Py.None;
        });
        m.AddFunction("getdefaulttimeout", static (a, k) =>
        {
            ArgParser.Exactly("getdefaulttimeout", a, k, 0);
            return PySocket.TimeoutObject(PySocket.DefaultTimeoutNs);
        });
        m.AddFunction("setdefaulttimeout", static (a, k) =>
        {
            ArgParser.Exactly("setdefaulttimeout", a, k, 1);
            PySocket.DefaultTimeoutNs = PySocket.ParseTimeout(a[0]);
            return Py.None;
        });
        m.AddFunction("gethostname", static (a, k) => { ArgParser.Exactly("gethostname", a, k, 0); return PyStr.From(HostName()); });
        m.AddFunction("gethostbyname", static (a, k) =>
        {
            ArgParser.Exactly("gethostbyname", a, k, 1);
            if (a[0] is not PyStr host) throw PyErr.TypeError($"gethostbyname() argument 1 must be str, not {a[0].Type.Name}");
            return PyStr.From(HostByName(host.Value));
        });
        m.AddFunction("getaddrinfo", static (a, k) => GetAddrInfo(a, k));
        SocketResolver.Register(m);
        m.AddFunction("htons", static (a, k) => { ArgParser.Exactly("htons", a, k, 1); return PyInt.From(BinaryPrimitives.ReverseEndianness(Short(a[0], "htons"))); });
        m.AddFunction("ntohs", static (a, k) => { ArgParser.Exactly("ntohs", a, k, 1); return PyInt.From(BinaryPrimitives.ReverseEndianness(Short(a[0], "ntohs"))); });
        m.AddFunction("htonl", static (a, k) => { ArgParser.Exactly("htonl", a, k, 1); return PyInt.From(BinaryPrimitives.ReverseEndianness(Long(a[0]))); });
        m.AddFunction("ntohl", static (a, k) => { ArgParser.Exactly("ntohl", a, k, 1); return PyInt.From(BinaryPrimitives.ReverseEndianness(Long(a[0]))); });
        m.AddFunction("inet_aton", static (a, k) => InetAton(a, k));
        m.AddFunction("inet_ntoa", static (a, k) =>
        {
            ArgParser.Exactly("inet_ntoa", a, k, 1);
            var b = BytesOps.AsBytes(a[0]) ?? throw PyErr.TypeError($"a bytes-like object is required, not '{a[0].Type.Name}'");
            if (b.Length != 4) throw PyErr.OSError("packed IP wrong length for inet_ntoa");
            return PyStr.From($"{b[0]}.{b[1]}.{b[2]}.{b[3]}");
        });
        m.AddFunction("inet_pton", static (a, k) => InetPton(a, k));
        m.AddFunction("inet_ntop", static (a, k) => InetNtop(a, k));
        return m;
    }

    private static ushort Short(PyObject o, string fname)
    {
        long v = Ops.AsIndex(o);
        if (v < 0) throw PyErr.OverflowError($"{fname}: can't convert negative Python int to C 16-bit unsigned integer");
        if (v > 0xFFFF) throw PyErr.OverflowError($"{fname}: Python int too large to convert to C 16-bit unsigned integer");
        return (ushort)v;
    }

    private static uint Long(PyObject o)
    {
        if (o is not PyInt) throw PyErr.TypeError($"expected int, {o.Type.Name} found");
        long v = Ops.AsIndex(o);
        if (v < 0) throw PyErr.OverflowError("can't convert negative value to unsigned int");
        if (v > uint.MaxValue) throw PyErr.OverflowError("int larger than 32 bits");
        return (uint)v;
    }

    /// <summary>socketpair([family[, type[, proto]]]): AF_UNIX stream sockets by default (CPython on Linux).</summary>
    private static unsafe PyObject SocketPair(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        var b = ArgParser.Bind("socketpair", a, k, ["family", "type", "proto"], 0);
        int family = b[0] is null ? SocketNative.AF_UNIX : PySocket.Int(b[0]!);
        int type = b[1] is null ? 1 : PySocket.Int(b[1]!);
        int proto = b[2] is null ? 0 : PySocket.Int(b[2]!);
        int* sv = stackalloc int[2];
        if (SocketNative.socketpair(family, type | SocketNative.SOCK_CLOEXEC, proto, sv) < 0)
            throw SocketErrors.FromErrno(SocketNative.Errno);
        var s0 = new PySocket();
        s0.Attach(sv[0], family, type, proto);
        var s1 = new PySocket();
        s1.Attach(sv[1], family, type, proto);
        return new PyTuple([s0, s1]);
    }

    private static unsafe string HostName()
    {
        byte* buf = stackalloc byte[1025];
        if (SocketNative.gethostname(buf, 1024) < 0) throw SocketErrors.FromErrno(SocketNative.Errno);
        buf[1024] = 0;
        return Encoding.UTF8.GetString(buf, new ReadOnlySpan<byte>(buf, 1025).IndexOf((byte)0));
    }

    private static unsafe string HostByName(string host)
    {
        byte* addr = stackalloc byte[SocketAddress.StorageSize];
        new Span<byte>(addr, SocketAddress.StorageSize).Clear();
        SocketAddress.SetIpAddr(host, SocketNative.AF_INET, addr);
        return SocketAddress.IpText(SocketNative.AF_INET, addr + 4);
    }

    /// <summary>getaddrinfo(host, port, family=0, type=0, proto=0, flags=0): a list of 5-tuples.</summary>
    private static unsafe PyObject GetAddrInfo(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        var b = ArgParser.Bind("getaddrinfo", a, k, s_gaiNames, 2);
        byte[]? host = b[0] switch
        {
            PyNone => null,
            PyStr s => SocketAddress.NulTerminated(s.Value),
            PyBytes by => [.. by.Value, 0],
            _ => throw PyErr.TypeError("getaddrinfo() argument 1 must be string or None"),
        };
        byte[]? port = b[1] switch
        {
            PyNone => null,
            PyInt i => SocketAddress.NulTerminated(i.Repr()),
            PyStr s => SocketAddress.NulTerminated(s.Value),
            PyBytes by => [.. by.Value, 0],
            _ => throw PyErr.OSError("Int or String expected"),
        };
        SocketNative.AddrInfo hints = default;
        hints.Family = b[2] is null ? 0 : PySocket.Int(b[2]!);
        hints.SockType = b[3] is null ? 0 : PySocket.Int(b[3]!);
        hints.Protocol = b[4] is null ? 0 : PySocket.Int(b[4]!);
        hints.Flags = b[5] is null ? 0 : PySocket.Int(b[5]!);
        SocketNative.AddrInfo* res = null;
        int rc, errno;
        fixed (byte* h = host)
        fixed (byte* p = port)
        {
            using (AllowThreads.Begin())
            {
                rc = SocketNative.getaddrinfo(h, p, &hints, &res);
                errno = rc == SocketNative.EAI_SYSTEM ? SocketNative.Errno : 0;
            }
        }
        if (rc != 0) throw SocketErrors.FromGai(rc, errno);
        var list = new PyList();
        try
        {
            for (var r = res; r != null; r = r->Next)
            {
                var canon = r->CanonName == null ? "" : new string((sbyte*)r->CanonName);
                list.Append(new PyTuple([PyInt.From(r->Family), PyInt.From(r->SockType), PyInt.From(r->Protocol),
                    PyStr.From(canon), SocketAddress.Make(r->Addr, r->AddrLen)]));
            }
        }
        finally
        {
            SocketNative.freeaddrinfo(res);
        }
        return list;
    }

    private static unsafe PyObject InetAton(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        ArgParser.Exactly("inet_aton", a, k, 1);
        if (a[0] is not PyStr s) throw PyErr.TypeError($"inet_aton() argument 1 must be str, not {a[0].Type.Name}");
        // inet_aton's forms: a, a.b, a.b.c, a.b.c.d, each part decimal, octal (0...) or hex (0x...).
        var parts = s.Value.Split('.');
        var vals = new uint[parts.Length];
        bool ok = parts.Length is >= 1 and <= 4;
        for (int i = 0; ok && i < parts.Length; i++) ok = ParsePart(parts[i], out vals[i]);
        uint addr = 0;
        if (ok)
        {
            int n = parts.Length;
            for (int i = 0; i < n - 1; i++) ok &= vals[i] <= 255;
            uint last = vals[n - 1];
            uint lastMax = n switch { 1 => uint.MaxValue, 2 => 0xFFFFFF, 3 => 0xFFFF, _ => 0xFF };
            ok &= last <= lastMax;
            for (int i = 0; i < n - 1; i++) addr |= vals[i] << (24 - 8 * i);
            addr |= last;
        }
        if (!ok) throw PyErr.OSError("illegal IP address string passed to inet_aton");
        return PyBytes.From([(byte)(addr >> 24), (byte)(addr >> 16), (byte)(addr >> 8), (byte)addr]);
    }

    private static bool ParsePart(string p, out uint v)
    {
        v = 0;
        if (p.Length == 0) return false;
        int radix = 10, i = 0;
        if (p.Length > 1 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) { radix = 16; i = 2; }
        else if (p.Length > 1 && p[0] == '0') { radix = 8; i = 1; }
        ulong acc = 0;
        if (i == p.Length && radix == 16) return true;
        for (; i < p.Length; i++)
        {
            int d = p[i] switch { >= '0' and <= '9' => p[i] - '0', >= 'a' and <= 'f' => p[i] - 'a' + 10, >= 'A' and <= 'F' => p[i] - 'A' + 10, _ => 99 };
            if (d >= radix) return false;
            acc = acc * (ulong)radix + (ulong)d;
            if (acc > uint.MaxValue) return false;
        }
        v = (uint)acc;
        return true;
    }

    private static unsafe PyObject InetPton(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        ArgParser.Exactly("inet_pton", a, k, 2);
        int af = PySocket.Int(a[0]);
        if (a[1] is not PyStr s) throw PyErr.TypeError($"inet_pton() argument 2 must be str, not {a[1].Type.Name}");
        if (af != SocketNative.AF_INET && af != SocketNative.AF_INET6) throw SocketErrors.FromErrno(SocketNative.EAFNOSUPPORT);
        byte* dst = stackalloc byte[16];
        var text = SocketAddress.NulTerminated(s.Value);
        int rc;
        fixed (byte* p = text) rc = SocketNative.inet_pton(af, p, dst);
        if (rc != 1) throw PyErr.OSError("illegal IP address string passed to inet_pton");
        return PyBytes.From(new ReadOnlySpan<byte>(dst, af == SocketNative.AF_INET ? 4 : 16).ToArray());
    }

    private static unsafe PyObject InetNtop(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        ArgParser.Exactly("inet_ntop", a, k, 2);
        int af = PySocket.Int(a[0]);
        var b = BytesOps.AsBytes(a[1]) ?? throw PyErr.TypeError($"a bytes-like object is required, not '{a[1].Type.Name}'");
        if (af == SocketNative.AF_INET && b.Length != 4) throw PyErr.ValueError("invalid length of packed IP address string");
        if (af == SocketNative.AF_INET6 && b.Length != 16) throw PyErr.ValueError("invalid length of packed IP address string");
        if (af != SocketNative.AF_INET && af != SocketNative.AF_INET6) throw PyErr.ValueError($"unknown address family {af}");
        fixed (byte* p = b) return PyStr.From(SocketAddress.IpText(af, p));
    }
}
