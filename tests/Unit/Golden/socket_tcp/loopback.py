# TCP and UDP over loopback in one thread: the listen backlog completes the handshake before accept().
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, 0 < port < 65536)

cli = socket.socket()
cli.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(cli.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
cli.connect(("127.0.0.1", port))
conn, addr = srv.accept()
print(type(conn).__name__, conn.family, conn.type, addr[0], addr == cli.getsockname())
print(conn.getpeername() == cli.getsockname(), cli.getpeername() == (host, port))
print(conn.gettimeout(), repr(conn).startswith("<socket.socket fd="), "raddr=('127.0.0.1'" in repr(conn))

cli.sendall(b"ping " * 1000)
data = b""
while len(data) < 5000:
    data += conn.recv(4096)
print(len(data), data[:10])
conn.send(b"pong")
print(cli.recv(10))
cli.shutdown(socket.SHUT_WR)
print(conn.recv(10))
conn.close()
print(cli.recv(10))
cli.close()

with socket.create_connection(("127.0.0.1", port), timeout=5) as c2:
    print("create_connection:", c2.gettimeout(), c2.getpeername() == (host, port))
    s2, _ = srv.accept()
    with s2:
        c2.send(b"hi")
        print(s2.recv(2))
srv.close()

with socket.create_server(("127.0.0.1", 0)) as srv2:
    print(srv2.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, srv2.family, srv2.type)
    c3 = socket.create_connection(srv2.getsockname())
    s3, _ = srv2.accept()
    f = c3.makefile("w")
    f.write("line one\nline two\n")
    f.close()
    c3.close()
    r = s3.makefile("r")
    print(r.readline(), end="")
    print(list(r))
    r.close()
    s3.close()

u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.bind(("127.0.0.1", 0))
print(u2.sendto(b"datagram", u1.getsockname()))
data, frm = u1.recvfrom(100)
print(data, frm == u2.getsockname())
u2.sendto(b"again", 0, u1.getsockname())
buf = bytearray(10)
n, frm = u1.recvfrom_into(buf)
print(n, bytes(buf[:n]), frm == u2.getsockname())
u1.close()
u2.close()

print(socket.gethostbyname("localhost"), socket.gethostbyname("127.0.0.1"))
for info in socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM):
    print(info)
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo("127.0.0.1", "8080", socket.AF_INET, socket.SOCK_DGRAM))
