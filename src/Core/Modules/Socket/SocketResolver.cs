// The resolver functions of _socket beyond getaddrinfo (CPython: socket_gethostbyname_ex,
// socket_gethostbyaddr, socket_getnameinfo, socket_getservbyname/port, socket_getprotobyname), over
// the C library's reentrant calls where it has them. Host lookups may wait on the network, so they run
// outside the GIL; the services and protocols databases are local files read with the GIL held
// (their C functions are not reentrant).
namespace GilRuntime.Core.Modules.Socket;

using System.Buffers.Binary;
using System.Runtime.InteropServices;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

internal static unsafe class SocketResolver
{
    private const int HostBufferSize = 16384;

    public static void Register(PyModule m)
    {
        m.AddFunction("gethostbyname_ex", static (a, k) =>
        {
            ArgParser.Exactly("gethostbyname_ex", a, k, 1);
            if (a[0] is not PyStr name) throw PyErr.TypeError($"gethostbyname_ex() argument 1 must be str, not {a[0].Type.Name}");
            return HostByNameEx(name.Value);
        });
        m.AddFunction("gethostbyaddr", static (a, k) =>
        {
            ArgParser.Exactly("gethostbyaddr", a, k, 1);
            if (a[0] is not PyStr name) throw PyErr.TypeError($"gethostbyaddr() argument 1 must be str, not {a[0].Type.Name}");
            return HostByAddr(name.Value);
        });
        m.AddFunction("getnameinfo", static (a, k) =>
        {
            ArgParser.Exactly("getnameinfo", a, k, 2);
            return NameInfo(a[0], PySocket.Int(a[1]));
        });
        m.AddFunction("getservbyname", static (a, k) =>
        {
            ArgParser.Range("getservbyname", a, k, 1, 2);
            var name = Text(a[0], "getservbyname", 1);
            var proto = a.Length > 1 ? Text(a[1], "getservbyname", 2) : null;
            fixed (byte* n = SocketAddress.NulTerminated(name))
            fixed (byte* p = proto is null ? null : SocketAddress.NulTerminated(proto))
            {
                var se = SocketNative.getservbyname(n, p);
                if (se == null) throw PyErr.OSError("service/proto not found");
                return PyInt.From(BinaryPrimitives.ReverseEndianness((ushort)se->Port));
            }
        });
        m.AddFunction("getservbyport", static (a, k) =>
        {
            ArgParser.Range("getservbyport", a, k, 1, 2);
            int port = PySocket.Int(a[0]);
            if (port < 0 || port > 0xFFFF) throw PyErr.OverflowError("getservbyport: port must be 0-65535.");
            var proto = a.Length > 1 ? Text(a[1], "getservbyport", 2) : null;
            fixed (byte* p = proto is null ? null : SocketAddress.NulTerminated(proto))
            {
                var se = SocketNative.getservbyport(BinaryPrimitives.ReverseEndianness((ushort)port), p);
                if (se == null) throw PyErr.OSError("port/proto not found");
                return PyStr.From(Utf8(se->Name));
            }
        });
        m.AddFunction("getprotobyname", static (a, k) =>
        {
            ArgParser.Exactly("getprotobyname", a, k, 1);
            var name = Text(a[0], "getprotobyname", 1);
            fixed (byte* n = SocketAddress.NulTerminated(name))
            {
                var pe = SocketNative.getprotobyname(n);
                if (pe == null) throw PyErr.OSError("protocol not found");
                return PyInt.From(pe->Proto);
            }
        });
    }

    private static string Text(PyObject o, string fname, int pos) =>
        o is PyStr s ? s.Value : throw PyErr.TypeError($"{fname}() argument {pos} must be str, not {o.Type.Name}");

    private static string Utf8(byte* p) => Marshal.PtrToStringUTF8((IntPtr)p) ?? "";

    private static PyException HostError(int herrno) =>
        PyErr.New(SocketErrors.HError, PyInt.From(herrno), PyStr.From(Marshal.PtrToStringUTF8(SocketNative.hstrerror(herrno)) ?? "Unknown error"));

    /// <summary>(hostname, aliases, addresses) from a struct hostent (CPython: gethost_common).</summary>
    private static PyObject HostTuple(SocketNative.HostEnt* h)
    {
        var aliases = new PyList();
        for (var p = h->Aliases; p != null && *p != null; p++) aliases.Append(PyStr.From(Utf8(*p)));
        var addrs = new PyList();
        for (var p = h->AddrList; p != null && *p != null; p++) addrs.Append(PyStr.From(SocketAddress.IpText(h->AddrType, *p)));
        return new PyTuple([PyStr.From(Utf8(h->Name)), aliases, addrs]);
    }

    private static PyObject HostByNameEx(string name)
    {
        byte* check = stackalloc byte[SocketAddress.StorageSize];
        new Span<byte>(check, SocketAddress.StorageSize).Clear();
        SocketAddress.SetIpAddr(name, SocketNative.AF_INET, check);
        var buf = new byte[HostBufferSize];
        SocketNative.HostEnt ent;
        SocketNative.HostEnt* result = null;
        int herrno = 0;
        fixed (byte* n = SocketAddress.NulTerminated(name))
        fixed (byte* b = buf)
        {
            using (AllowThreads.Begin()) SocketNative.gethostbyname_r(n, &ent, b, buf.Length, &result, &herrno);
            if (result == null) throw HostError(herrno);
            return HostTuple(result);
        }
    }

    private static PyObject HostByAddr(string name)
    {
        byte* addr = stackalloc byte[SocketAddress.StorageSize];
        new Span<byte>(addr, SocketAddress.StorageSize).Clear();
        int family = SocketAddress.SetIpAddr(name, SocketNative.AF_UNSPEC, addr);
        byte* ip = family == SocketNative.AF_INET6 ? addr + 8 : addr + 4;
        uint len = family == SocketNative.AF_INET6 ? 16u : 4u;
        var buf = new byte[HostBufferSize];
        SocketNative.HostEnt ent;
        SocketNative.HostEnt* result = null;
        int herrno = 0;
        fixed (byte* b = buf)
        {
            using (AllowThreads.Begin()) SocketNative.gethostbyaddr_r(ip, len, family, &ent, b, buf.Length, &result, &herrno);
            if (result == null) throw HostError(herrno);
            return HostTuple(result);
        }
    }

    /// <summary>getnameinfo((host, port[, flowinfo[, scope_id]]), flags) → (host, service).</summary>
    private static PyObject NameInfo(PyObject sa, int flags)
    {
        if (sa is not PyTuple t) throw PyErr.TypeError("getnameinfo() argument 1 must be a tuple");
        if (t.Count is < 2 or > 4 || t[0] is not PyStr host || t[1] is not PyInt)
            throw PyErr.TypeError("getnameinfo(): illegal sockaddr argument");
        long port = Ops.AsIndex(t[1]);
        long flow = t.Count > 2 ? Ops.AsIndex(t[2]) : 0;
        long scope = t.Count > 3 ? Ops.AsIndex(t[3]) : 0;
        if (flow < 0 || flow > 0xFFFFF) throw PyErr.OverflowError("getnameinfo(): flowinfo must be 0-1048575.");

        // The host must be numeric and resolve to exactly one address (CPython: AI_NUMERICHOST lookup).
        SocketNative.AddrInfo hints = default;
        hints.SockType = 2; // SOCK_DGRAM
        hints.Flags = 4;    // AI_NUMERICHOST
        SocketNative.AddrInfo* res = null;
        int rc, errno;
        fixed (byte* h = SocketAddress.NulTerminated(host.Value))
        fixed (byte* p = SocketAddress.NulTerminated(port.ToString()))
        {
            using (AllowThreads.Begin())
            {
                rc = SocketNative.getaddrinfo(h, p, &hints, &res);
                errno = rc == SocketNative.EAI_SYSTEM ? SocketNative.Errno : 0;
            }
        }
        if (rc != 0) throw SocketErrors.FromGai(rc, errno);
        byte* addr = stackalloc byte[SocketAddress.StorageSize];
        uint alen;
        int family;
        try
        {
            if (res->Next != null) throw PyErr.OSError("sockaddr resolved to multiple addresses");
            family = res->Family;
            alen = Math.Min(res->AddrLen, SocketAddress.StorageSize);
            new Span<byte>(res->Addr, (int)alen).CopyTo(new Span<byte>(addr, SocketAddress.StorageSize));
        }
        finally
        {
            SocketNative.freeaddrinfo(res);
        }
        if (family == SocketNative.AF_INET)
        {
            if (t.Count != 2) throw PyErr.OSError("IPv4 sockaddr must be 2 tuple");
        }
        else if (family == SocketNative.AF_INET6)
        {
            *(uint*)(addr + 4) = BinaryPrimitives.ReverseEndianness((uint)flow);
            *(uint*)(addr + 24) = (uint)scope;
        }
        byte* hbuf = stackalloc byte[1025];
        byte* sbuf = stackalloc byte[32];
        using (AllowThreads.Begin())
        {
            rc = SocketNative.getnameinfo(addr, alen, hbuf, 1025, sbuf, 32, flags);
            errno = rc == SocketNative.EAI_SYSTEM ? SocketNative.Errno : 0;
        }
        if (rc != 0) throw SocketErrors.FromGai(rc, errno);
        return new PyTuple([PyStr.From(Utf8(hbuf)), PyStr.From(Utf8(sbuf))]);
    }
}
