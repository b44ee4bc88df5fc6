// The C library calls behind _socket and select (CPython's socketmodule.c and selectmodule.c call the same
// ones). Going to libc rather than System.Net.Sockets keeps what CPython shows: real file descriptors
// (fileno(), select() and os.read/os.write work on them alike), socketpair(), AF_UNIX, and the errno values
// and strerror texts of every failure. Linux layouts (x86-64 and the generic 64-bit ABI used by arm64).
namespace GilRuntime.Core.Modules.Socket;

using System.Runtime.InteropServices;

internal static unsafe class SocketNative
{
    private const string Libc = "libc";

    public const int EINTR = 4, EBADF = 9, EAGAIN = 11, EWOULDBLOCK = 11, EINVAL = 22, EPIPE = 32,
        EINPROGRESS = 115, EAFNOSUPPORT = 97, EISCONN = 106;
    public const int F_GETFL = 3, F_SETFL = 4, O_NONBLOCK = 0x800, F_DUPFD_CLOEXEC = 1030;
    public const int SOCK_NONBLOCK = 0x800, SOCK_CLOEXEC = 0x80000, SOCK_TYPE_MASK = 0xF;
    public const short POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;
    public const int MSG_NOSIGNAL = 0x4000;
    public const int SOL_SOCKET = 1, SO_TYPE = 3, SO_ERROR = 4, SO_PROTOCOL = 38, SO_DOMAIN = 39;
    public const int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    public const int EAI_SYSTEM = -11;

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    /// <summary>struct addrinfo (64-bit glibc).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct AddrInfo
    {
        public int Flags, Family, SockType, Protocol;
        public uint AddrLen;
        public byte* Addr;
        public byte* CanonName;
        public AddrInfo* Next;
    }

    /// <summary>struct hostent.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct HostEnt
    {
        public byte* Name;
        public byte** Aliases;
        public int AddrType, Length;
        public byte** AddrList;
    }

    /// <summary>struct servent.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct ServEnt
    {
        public byte* Name;
        public byte** Aliases;
        public int Port;
        public byte* Proto;
    }

    /// <summary>struct protoent.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct ProtoEnt
    {
        public byte* Name;
        public byte** Aliases;
        public int Proto;
    }

    [DllImport(Libc, SetLastError = true)] public static extern int socket(int domain, int type, int protocol);
    [DllImport(Libc, SetLastError = true)] public static extern int socketpair(int domain, int type, int protocol, int* sv);
    [DllImport(Libc, SetLastError = true)] public static extern int bind(int fd, byte* addr, uint len);
    [DllImport(Libc, SetLastError = true)] public static extern int listen(int fd, int backlog);
    [DllImport(Libc, SetLastError = true)] public static extern int accept4(int fd, byte* addr, uint* len, int flags);
    [DllImport(Libc, SetLastError = true)] public static extern int connect(int fd, byte* addr, uint len);
    [DllImport(Libc, SetLastError = true)] public static extern nint send(int fd, byte* buf, nint len, int flags);
    [DllImport(Libc, SetLastError = true)] public static extern nint recv(int fd, byte* buf, nint len, int flags);
    [DllImport(Libc, SetLastError = true)] public static extern nint sendto(int fd, byte* buf, nint len, int flags, byte* addr, uint alen);
    [DllImport(Libc, SetLastError = true)] public static extern nint recvfrom(int fd, byte* buf, nint len, int flags, byte* addr, uint* alen);
    [DllImport(Libc, SetLastError = true)] public static extern int shutdown(int fd, int how);
    [DllImport(Libc, SetLastError = true)] public static extern int close(int fd);
    [DllImport(Libc, SetLastError = true)] public static extern int getsockname(int fd, byte* addr, uint* len);
    [DllImport(Libc, SetLastError = true)] public static extern int getpeername(int fd, byte* addr, uint* len);
    [DllImport(Libc, SetLastError = true)] public static extern int setsockopt(int fd, int level, int name, byte* val, uint len);
    [DllImport(Libc, SetLastError = true)] public static extern int getsockopt(int fd, int level, int name, byte* val, uint* len);
    [DllImport(Libc, SetLastError = true)] public static extern int fcntl(int fd, int cmd, int arg);
    [DllImport(Libc, SetLastError = true)] public static extern int poll(PollFd* fds, nuint n, int timeoutMs);
    [DllImport(Libc, SetLastError = true)] public static extern int gethostname(byte* name, nint len);
    [DllImport(Libc, SetLastError = true)] public static extern int getaddrinfo(byte* node, byte* service, AddrInfo* hints, AddrInfo** res);
    [DllImport(Libc)] public static extern void freeaddrinfo(AddrInfo* res);
    [DllImport(Libc)] public static extern IntPtr gai_strerror(int code);
    [DllImport(Libc)] public static extern int inet_pton(int af, byte* src, byte* dst);
    [DllImport(Libc)] public static extern byte* inet_ntop(int af, byte* src, byte* dst, uint size);
    [DllImport(Libc)] public static extern int gethostbyname_r(byte* name, HostEnt* ret, byte* buf, nint buflen, HostEnt** result, int* herrno);
    [DllImport(Libc)] public static extern int gethostbyaddr_r(byte* addr, uint len, int type, HostEnt* ret, byte* buf, nint buflen, HostEnt** result, int* herrno);
    [DllImport(Libc)] public static extern IntPtr hstrerror(int err);
    [DllImport(Libc)] public static extern int getnameinfo(byte* addr, uint alen, byte* host, uint hostlen, byte* serv, uint servlen, int flags);
    [DllImport(Libc)] public static extern ServEnt* getservbyname(byte* name, byte* proto);
    [DllImport(Libc)] public static extern ServEnt* getservbyport(int port, byte* proto);
    [DllImport(Libc)] public static extern ProtoEnt* getprotobyname(byte* name);
    [DllImport(Libc, SetLastError = true)] public static extern nint read(int fd, byte* buf, nint len);
    [DllImport(Libc, SetLastError = true)] public static extern nint write(int fd, byte* buf, nint len);
    [DllImport(Libc, SetLastError = true)] public static extern int pipe2(int* fds, int flags);
    [DllImport(Libc, SetLastError = true)] public static extern int eventfd(uint initval, int flags);
    public const int MSG_DONTWAIT = 0x40;

    public static int Errno => Marshal.GetLastPInvokeError();

    public static string GaiStrError(int code) => Marshal.PtrToStringUTF8(gai_strerror(code)) ?? $"Unknown error {code}";

    /// <summary>Sets or clears O_NONBLOCK (CPython: internal_setblocking); errno or 0.</summary>
    public static int SetNonBlocking(int fd, bool nonBlocking)
    {
        int flags = fcntl(fd, F_GETFL, 0);
        if (flags < 0) return Errno;
        int wanted = nonBlocking ? flags | O_NONBLOCK : flags & ~O_NONBLOCK;
        if (wanted != flags && fcntl(fd, F_SETFL, wanted) < 0) return Errno;
        return 0;
    }

    /// <summary>An int socket option; errno on failure (value undefined then).</summary>
    public static int GetIntOption(int fd, int level, int name, out int value)
    {
        int v = 0;
        uint len = sizeof(int);
        int rc = getsockopt(fd, level, name, (byte*)&v, &len);
        value = v;
        return rc < 0 ? Errno : 0;
    }
}
