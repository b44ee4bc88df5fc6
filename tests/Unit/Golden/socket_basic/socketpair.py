# socketpair: a connected AF_UNIX stream pair; send/recv sizes, recv_into, shutdown, EOF, repr, enums.
import re
import socket


def shown(sock):
    # The descriptor number differs between runs and implementations.
    return re.sub(r"fd=\d+", "fd=N", repr(sock))


a, b = socket.socketpair()
print(shown(a))
print(a.family, a.type, a.proto)
print(repr(a.family), repr(a.type))
print(type(a).__name__, isinstance(a, socket.SocketType), a.fileno() >= 0)
print(a.gettimeout(), a.getblocking())

print(a.send(b"hello"))
print(b.recv(100))
print(a.send(b""))
b.sendall(b"x" * 5000)
got = b""
while len(got) < 5000:
    got += a.recv(1024)
print(len(got), got == b"x" * 5000)

a.send(b"abcdef")
print(b.recv(2), b.recv(2), b.recv(100))

a.send(b"peek")
print(b.recv(4, socket.MSG_PEEK), b.recv(4))

buf = bytearray(10)
a.send(b"12345")
print(b.recv_into(buf), buf)
a.send(b"6789")
print(b.recv_into(buf, 2), buf)
print(b.recv(10))

a.send(b"last")
a.shutdown(socket.SHUT_WR)
print(b.recv(10), b.recv(10), b.recv(10))

print(a.getsockname() == "", b.getpeername())
a.close()
print(shown(a))
print(a.fileno())
a.close()
b.close()

with socket.socketpair()[0] as s:
    print("inside", s.fileno() >= 0)
print("after", s.fileno())

c, d = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
print(c.type, c.send(b"one"), c.send(b"two"))
print(d.recv(100), d.recv(100))
c.close()
d.close()

e, f = socket.socketpair()
fd = e.detach()
print(e.fileno(), fd >= 0, shown(e))
g = socket.socket(fileno=fd)
print(g.family, g.type)
g.send(b"via fd")
print(f.recv(10))
g.close()
f.close()
