# Socket errors: OSError subclasses chosen by errno with strerror's text, argument errors, closed sockets.
import socket


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e.args)
    else:
        print(label, "=", repr(r))


a, b = socket.socketpair()
attempt("send str", lambda: a.send("text"))
attempt("sendall str", lambda: a.sendall("text"))
attempt("recv negative", lambda: a.recv(-1))
attempt("recv str", lambda: a.recv("x"))
attempt("recv no args", lambda: a.recv())
attempt("recv too many", lambda: a.recv(1, 2, 3))
attempt("recv keyword", lambda: a.recv(bufsize=1))
attempt("recv_into bytes", lambda: a.recv_into(b"xx"))
attempt("recv_into too big", lambda: a.recv_into(bytearray(1), 5))
attempt("settimeout negative", lambda: a.settimeout(-1))
attempt("settimeout nan", lambda: a.settimeout(float("nan")))
attempt("settimeout str", lambda: a.settimeout("x"))
attempt("bind no args", lambda: a.bind())
attempt("fileno arg", lambda: a.fileno(1))
attempt("getsockopt buflen", lambda: a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 2000))
attempt("getsockopt type", lambda: a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
attempt("getsockopt bytes", lambda: a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4))
attempt("setsockopt str", lambda: a.setsockopt(1, 2, "x"))
attempt("setsockopt 2 args", lambda: a.setsockopt(1, 2))
attempt("shutdown bad", lambda: a.shutdown(9))
attempt("sendto 1 arg", lambda: a.sendto(b"x"))
attempt("getpeername", lambda: socket.socket().getpeername())
attempt("family 999", lambda: socket.socket(999))
attempt("type 999", lambda: socket.socket(socket.AF_INET, 999))
attempt("negative fileno", lambda: socket.socket(fileno=-5))

b.close()
attempt("send to closed peer", lambda: a.send(b"x"))
attempt("recv after peer closed", lambda: a.recv(1))
a.close()
attempt("recv closed", lambda: a.recv(1))
attempt("send closed", lambda: a.send(b"x"))
attempt("getsockname closed", lambda: a.getsockname())
attempt("settimeout closed", lambda: a.settimeout(1))
attempt("gettimeout closed", lambda: a.gettimeout())
attempt("close twice", lambda: a.close())

s = socket.socket()
attempt("bind port range", lambda: s.bind(("127.0.0.1", 70000)))
attempt("bind str", lambda: s.bind("x"))
attempt("bind 1-tuple", lambda: s.bind(("127.0.0.1",)))
attempt("bind host int", lambda: s.bind((5, 80)))
attempt("bind port str", lambda: s.bind(("127.0.0.1", "x")))
attempt("connect port -1", lambda: s.connect(("127.0.0.1", -1)))
s6 = socket.socket(socket.AF_INET6)
attempt("inet6 str", lambda: s6.bind("x"))
attempt("inet6 1-tuple", lambda: s6.bind(("::1",)))
attempt("inet6 flowinfo", lambda: s6.bind(("::1", 0, 2 ** 21)))
u = socket.socket(socket.AF_UNIX)
attempt("unix int", lambda: u.bind(5))
attempt("unix too long", lambda: u.bind("a" * 200))
for x in (s, s6, u):
    x.close()

# A port nobody listens on: take a free one, then close it.
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
c = socket.socket()
try:
    c.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("refused:", e.errno, e.strerror, isinstance(e, ConnectionError))
c.close()
c = socket.socket()
print("connect_ex:", c.connect_ex(("127.0.0.1", port)))
c.close()
try:
    socket.create_connection(("127.0.0.1", port))
except OSError as e:
    print("create_connection:", type(e).__name__, e)
try:
    socket.getaddrinfo("nonexistent.invalid", 80)
except socket.gaierror as e:
    print("gaierror:", e.errno, e.strerror, isinstance(e, OSError))
