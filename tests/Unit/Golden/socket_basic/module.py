# The socket module's constants, enums, helpers and types.
import socket
import _socket

print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM)
print(repr(socket.AF_INET), repr(socket.SOCK_DGRAM), str(socket.AF_UNIX), int(socket.SOCK_STREAM))
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY)
print(socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR, socket.SOMAXCONN)
print(socket.AddressFamily(2), socket.SocketKind.SOCK_STREAM.name, socket.AddressFamily.__mro__[1].__name__)
print(_socket.AF_INET, type(_socket.AF_INET).__name__)
print(socket.socket.__mro__)
print(socket.SocketType, socket.error, socket.timeout)
print(socket.gaierror.__mro__[:2], socket.herror.__module__)
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.inet_aton("1.2.3.4"), socket.inet_aton("127.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"))
print(socket.inet_ntop(socket.AF_INET6, b"\x00" * 15 + b"\x01"), socket.inet_ntop(socket.AF_INET, b"\x0a\x00\x00\x01"))
for bad in ("1.2.3.4.5", "300.1.1.1", "x"):
    try:
        socket.inet_aton(bad)
    except OSError as e:
        print(bad, "->", e)
print(socket.getdefaulttimeout())
print(isinstance(socket.gethostname(), str))
print(socket.has_ipv6)


class MySocket(socket.socket):
    def hello(self):
        return "hello from " + type(self).__name__


m = MySocket(socket.AF_UNIX, socket.SOCK_STREAM)
print(m.hello(), m.family, m.type, isinstance(m, socket.socket))
m.close()
print(repr(m).startswith("<__main__.MySocket [closed] fd=-1"))

raw = _socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
print(raw.family, raw.type, type(raw.family).__name__)
raw.close()
print(repr(raw))
