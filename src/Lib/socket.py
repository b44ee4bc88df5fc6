"""The socket module: the native _socket module plus its Python layer, as in CPython.

_socket gives the socket type and the system calls; this module adds the socket class users meet
(a subclass with a context manager, accept() returning socket objects, enum-valued family and type,
a CPython-style repr, dup, makefile), the AddressFamily / SocketKind enums, and the helpers
socketpair, fromfd, create_connection, create_server and getaddrinfo.
"""

import _socket
from _socket import *

from enum import IntEnum, IntFlag

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server", "has_dualstack_ipv6",
           "AddressFamily", "SocketKind", "socketpair", "SocketType", "timeout", "error"]
__all__.extend(name for name in dir(_socket) if not name.startswith("_"))


def _enum_from_prefix(cls_name, base, prefix):
    # Members ordered by value, then name (what CPython's Enum._convert_ does); the module's
    # globals get the members, so socket.AF_INET is AddressFamily.AF_INET.
    pairs = sorted(((name, value) for name, value in vars(_socket).items()
                    if name.isupper() and name.startswith(prefix)), key=lambda p: (p[1], p[0]))
    cls = base(cls_name, pairs, module=__name__)
    globals().update(cls.__members__)
    return cls


AddressFamily = _enum_from_prefix("AddressFamily", IntEnum, "AF_")
SocketKind = _enum_from_prefix("SocketKind", IntEnum, "SOCK_")
MsgFlag = _enum_from_prefix("MsgFlag", IntFlag, "MSG_")
AddressInfo = _enum_from_prefix("AddressInfo", IntFlag, "AI_")

_LOCALHOST = "127.0.0.1"
_LOCALHOST_V6 = "::1"


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


class socket(_socket.socket):
    """A socket object: the _socket type with Python conveniences on top."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, "_closed", False)
        parts = ["<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__, " [closed]" if closed else "",
            self.fileno(), self.family, self.type, self.proto)]
        if not closed:
            for label, getter in (("laddr", self.getsockname), ("raddr", self.getpeername)):
                try:
                    addr = getter()
                except error:
                    continue
                if addr:
                    parts.append(", %s=%s" % (label, addr))
        parts.append(">")
        return "".join(parts)

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def dup(self):
        """A new socket object over a duplicate of this descriptor."""
        sock = self.__class__(self.family, self.type, self.proto, fileno=dup(self.fileno()))
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        """Waits for a connection: (socket object, address of the peer)."""
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        # The listening socket's timeout does not pass to the new one; without a default
        # timeout the accepted socket is blocking.
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading and/or writing this socket (modes 'r', 'w', 'b' combinations)."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        self._io_refs += 1
        return SocketIO(self, mode, "b" in mode, encoding or "utf-8", errors or "strict", newline)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _ss=_socket.socket):
        _ss.close(self)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        """Closes the socket object without closing the descriptor, and returns the descriptor."""
        self._closed = True
        return super().detach()

    @property
    def family(self):
        """The AddressFamily of this socket."""
        return _intenum_converter(super().family, AddressFamily)

    @property
    def type(self):
        """The SocketKind of this socket."""
        return _intenum_converter(super().type, SocketKind)

    def get_inheritable(self):
        return False

    def set_inheritable(self, inheritable):
        if inheritable:
            raise OSError("inheritable sockets are not supported by gilrun")


class SocketIO:
    """The file object makefile() returns: whole-line reads and writes over the socket."""

    def __init__(self, sock, mode, binary, encoding, errors, newline):
        self._sock = sock
        self.mode = mode
        self._binary = binary
        self._encoding = encoding
        self._errors = errors
        self._buf = b""
        self._eof = False
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _decode(self, data):
        return data if self._binary else data.decode(self._encoding, self._errors)

    def _fill(self):
        data = self._sock.recv(8192)
        if not data:
            self._eof = True
        self._buf += data
        return bool(data)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b""
        else:
            while len(self._buf) < size and not self._eof and self._fill():
                pass
            data, self._buf = self._buf[:size], self._buf[size:]
        return self._decode(data)

    def readline(self, size=-1):
        self._check()
        while b"\n" not in self._buf and not self._eof and (size < 0 or len(self._buf) < size):
            self._fill()
        end = self._buf.find(b"\n")
        end = len(self._buf) if end < 0 else end + 1
        if size >= 0:
            end = min(end, size)
        data, self._buf = self._buf[:end], self._buf[end:]
        return self._decode(data)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check()
        raw = data if self._binary else data.encode(self._encoding, self._errors)
        self._sock.sendall(raw)
        return len(data)

    def flush(self):
        self._check()

    def close(self):
        if not self.closed:
            self.closed = True
            self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def fromfd(fd, family, type, proto=0):
    """A socket object over a duplicate of the descriptor fd."""
    return socket(family, type, proto, dup(fd))


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Two connected socket objects (AF_UNIX stream sockets by default)."""
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    a = socket(family, type, proto, a.detach())
    b = socket(family, type, proto, b.detach())
    return a, b


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connects to (host, port), trying each address getaddrinfo gives; returns the socket."""
    host, port = address
    errors = []
    for family, type_, proto, _canon, sockaddr in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, type_, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            errors.clear()
            return sock
        except error as exc:
            if not all_errors:
                errors.clear()
            errors.append(exc)
            if sock is not None:
                sock.close()
    if errors:
        try:
            if not all_errors:
                raise errors[0]
            raise ExceptionGroup("create_connection failed", errors)
        finally:
            errors = None
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    """Whether an AF_INET6 socket can also accept IPv4 connections."""
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except error:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A listening TCP socket bound to address."""
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            msg = "%s (while attempting to bind on address %r)" % (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """getaddrinfo with the family and type given as AddressFamily and SocketKind members."""
    return [(_intenum_converter(af, AddressFamily), _intenum_converter(kind, SocketKind), proto_, canon, sa)
            for af, kind, proto_, canon, sa in _socket.getaddrinfo(host, port, family, type, proto, flags)]


def getfqdn(name=""):
    """The fully qualified name of host name (this host when empty): the first of its host name and
    aliases that contains a dot, else the host name."""
    name = name.strip()
    if not name or name in ("0.0.0.0", "::"):
        name = gethostname()
    try:
        hostname, aliases, _addrs = gethostbyaddr(name)
    except error:
        return name
    for candidate in [hostname] + aliases:
        if "." in candidate:
            return candidate
    return hostname
