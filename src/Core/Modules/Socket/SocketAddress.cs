// Socket addresses between Python and struct sockaddr (CPython: getsockaddrarg, setipaddr, makesockaddr):
// AF_INET (host, port), AF_INET6 (host, port[, flowinfo[, scope_id]]) and AF_UNIX paths (str, or bytes
// for Linux's abstract namespace), with CPython's error messages. Host names go through the C resolver
// (getaddrinfo) outside the GIL, as CPython's do.
namespace GilRuntime.Core.Modules.Socket;

using System.Buffers.Binary;
using System.Text;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

internal static unsafe class SocketAddress
{
    /// <summary>sizeof(struct sockaddr_storage): room for any address.</summary>
    public const int StorageSize = 128;
    private const int UnixPathMax = 108;

    /// <summary>Fills <paramref name="buf"/> (StorageSize bytes) with <paramref name="addr"/>; returns its length.</summary>
    public static uint Parse(int family, PyObject addr, string caller, byte* buf)
    {
        new Span<byte>(buf, StorageSize).Clear();
        switch (family)
        {
            case SocketNative.AF_UNIX:
            {
                byte[] path = addr switch
                {
                    PyStr s => Encoding.UTF8.GetBytes(s.Value),
                    PyBytes b => b.Value,
                    PyByteArray ba => ba.Span.ToArray(),
                    _ => throw PyErr.TypeError($"a bytes-like object is required, not '{addr.Type.Name}'"),
                };
                if (path.Length > UnixPathMax) throw PyErr.OSError("AF_UNIX path too long");
                *(ushort*)buf = SocketNative.AF_UNIX;
                path.AsSpan().CopyTo(new Span<byte>(buf + 2, UnixPathMax));
                // An abstract name (leading NUL) is exactly as long as given; a path gets its NUL.
                return (uint)(2 + path.Length + (path.Length > 0 && path[0] == 0 ? 0 : 1));
            }
            case SocketNative.AF_INET:
            {
                if (addr is not PyTuple t)
                    throw PyErr.TypeError($"{caller}(): AF_INET address must be tuple, not {addr.Type.Name}");
                if (t.Count != 2) throw PyErr.TypeError("AF_INET address must be a pair (host, port)");
                var host = HostString(t[0]);
                long port = Ops.AsIndex(t[1]);
                if (port < 0 || port > 0xFFFF) throw PyErr.OverflowError($"{caller}(): port must be 0-65535.");
                SetIpAddr(host, SocketNative.AF_INET, buf);
                *(ushort*)(buf + 2) = BinaryPrimitives.ReverseEndianness((ushort)port);
                return 16;
            }
            case SocketNative.AF_INET6:
            {
                if (addr is not PyTuple t)
                    throw PyErr.TypeError($"{caller}(): AF_INET6 address must be tuple, not {addr.Type.Name}");
                if (t.Count is < 2 or > 4)
                    throw PyErr.TypeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
                var host = HostString(t[0]);
                long port = Ops.AsIndex(t[1]);
                long flow = t.Count > 2 ? Ops.AsIndex(t[2]) : 0;
                long scope = t.Count > 3 ? Ops.AsIndex(t[3]) : 0;
                if (port < 0 || port > 0xFFFF) throw PyErr.OverflowError($"{caller}(): port must be 0-65535.");
                if (flow < 0 || flow > 0xFFFFF) throw PyErr.OverflowError($"{caller}(): flowinfo must be 0-1048575.");
                SetIpAddr(host, SocketNative.AF_INET6, buf);
                *(ushort*)(buf + 2) = BinaryPrimitives.ReverseEndianness((ushort)port);
                *(uint*)(buf + 4) = BinaryPrimitives.ReverseEndianness((uint)flow);
                *(uint*)(buf + 24) = (uint)scope;
                return 28;
            }
            default:
                throw PyErr.OSError($"{caller}(): bad family");
        }
    }

    /// <summary>CPython's idna_converter: the host as str, bytes or bytearray.</summary>
    public static string HostString(PyObject o) => o switch
    {
        PyStr s => s.Value,
        PyBytes b => Encoding.ASCII.GetString(b.Value),
        PyByteArray ba => Encoding.ASCII.GetString(ba.Span),
        _ => throw PyErr.TypeError($"str, bytes or bytearray expected, not {o.Type.Name}"),
    };

    /// <summary>
    /// Resolves <paramref name="name"/> into the sockaddr at <paramref name="buf"/> for <paramref name="family"/>
    /// (CPython: setipaddr): "" is the wildcard address, "&lt;broadcast&gt;" the IPv4 broadcast, numeric
    /// addresses are parsed, anything else is looked up with getaddrinfo. Returns the family found.
    /// </summary>
    public static int SetIpAddr(string name, int family, byte* buf)
    {
        if (name.Length == 0) return Resolve(null, family, buf, passive: true);
        if (name is "<broadcast>" or "255.255.255.255")
        {
            if (family != SocketNative.AF_INET && family != SocketNative.AF_UNSPEC)
                throw PyErr.OSError("address family mismatched");
            *(ushort*)buf = SocketNative.AF_INET;
            *(uint*)(buf + 4) = 0xFFFFFFFF;
            return SocketNative.AF_INET;
        }
        var bytes = NulTerminated(name);
        fixed (byte* p = bytes)
        {
            if (family is SocketNative.AF_INET or SocketNative.AF_UNSPEC && SocketNative.inet_pton(SocketNative.AF_INET, p, buf + 4) == 1)
            {
                *(ushort*)buf = SocketNative.AF_INET;
                return SocketNative.AF_INET;
            }
            if (family is SocketNative.AF_INET6 or SocketNative.AF_UNSPEC && SocketNative.inet_pton(SocketNative.AF_INET6, p, buf + 8) == 1)
            {
                *(ushort*)buf = SocketNative.AF_INET6;
                return SocketNative.AF_INET6;
            }
        }
        return Resolve(bytes, family, buf, passive: false);
    }

    private static int Resolve(byte[]? node, int family, byte* buf, bool passive)
    {
        SocketNative.AddrInfo hints = default;
        hints.Family = family;
        if (passive)
        {
            hints.SockType = 2; // SOCK_DGRAM: one answer per address
            hints.Flags = 1;    // AI_PASSIVE
        }
        SocketNative.AddrInfo* res = null;
        int rc, errno;
        var service = passive ? "0\0"u8.ToArray() : null;
        fixed (byte* n = node)
        fixed (byte* s = service)
        {
            using (AllowThreads.Begin())
            {
                rc = SocketNative.getaddrinfo(n, s, &hints, &res);
                errno = rc == SocketNative.EAI_SYSTEM ? SocketNative.Errno : 0;
            }
        }
        if (rc != 0) throw SocketErrors.FromGai(rc, errno);
        try
        {
            uint len = Math.Min(res->AddrLen, StorageSize);
            new Span<byte>(res->Addr, (int)len).CopyTo(new Span<byte>(buf, StorageSize));
            return *(ushort*)buf;
        }
        finally
        {
            SocketNative.freeaddrinfo(res);
        }
    }

    public static byte[] NulTerminated(string s)
    {
        var b = new byte[Encoding.UTF8.GetByteCount(s) + 1];
        Encoding.UTF8.GetBytes(s, b);
        return b;
    }

    /// <summary>The numeric text of the address at <paramref name="ip"/> (CPython: make_ipv4_addr / make_ipv6_addr).</summary>
    public static string IpText(int family, byte* ip)
    {
        byte* text = stackalloc byte[64];
        SocketNative.inet_ntop(family, ip, text, 64);
        return new string((sbyte*)text);
    }

    /// <summary>The Python form of a sockaddr (CPython: makesockaddr); None when the length is 0.</summary>
    public static PyObject Make(byte* buf, uint len)
    {
        if (len == 0) return Py.None;
        int family = *(ushort*)buf;
        switch (family)
        {
            case SocketNative.AF_INET:
                return new PyTuple([PyStr.From(IpText(family, buf + 4)),
                    PyInt.From(BinaryPrimitives.ReverseEndianness(*(ushort*)(buf + 2)))]);
            case SocketNative.AF_INET6:
                return new PyTuple([PyStr.From(IpText(family, buf + 8)),
                    PyInt.From(BinaryPrimitives.ReverseEndianness(*(ushort*)(buf + 2))),
                    PyInt.From(BinaryPrimitives.ReverseEndianness(*(uint*)(buf + 4))),
                    PyInt.From(*(uint*)(buf + 24))]);
            case SocketNative.AF_UNIX:
            {
                int n = (int)Math.Min(len, 2u + UnixPathMax) - 2;
                var path = new ReadOnlySpan<byte>(buf + 2, Math.Max(n, 0));
                if (path.Length > 0 && path[0] == 0) return PyBytes.From(path.ToArray());
                int end = path.IndexOf((byte)0);
                return PyStr.From(Encoding.UTF8.GetString(end < 0 ? path : path[..end]));
            }
            default:
                return new PyTuple([PyInt.From(family), PyBytes.From(new ReadOnlySpan<byte>(buf + 2, (int)Math.Max(0, Math.Min(len, 16) - 2)).ToArray())]);
        }
    }
}
