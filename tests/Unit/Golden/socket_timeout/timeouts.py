# Timeouts and blocking modes: settimeout / setblocking / setdefaulttimeout, "timed out" (TimeoutError,
# which socket.timeout is), BlockingIOError on a non-blocking socket with nothing to read.
import socket

a, b = socket.socketpair()
print(a.gettimeout(), a.getblocking(), a.timeout)
a.settimeout(0.25)
print(a.gettimeout(), a.getblocking(), a.timeout)
a.settimeout(2)
print(a.gettimeout(), type(a.gettimeout()).__name__)
a.settimeout(0)
print(a.gettimeout(), a.getblocking())
a.settimeout(None)
print(a.gettimeout(), a.getblocking())
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
a.setblocking(True)
print(a.gettimeout(), a.getblocking())

a.settimeout(0.05)
try:
    a.recv(1)
except socket.timeout as e:
    print("timeout:", type(e).__name__, e, e.args, e.errno, isinstance(e, OSError))
b.send(b"now")
print(a.recv(10))

a.setblocking(False)
try:
    a.recv(1)
except BlockingIOError as e:
    print("blocking:", e.errno, e.strerror)
try:
    a.recv_into(bytearray(4))
except OSError as e:
    print("recv_into:", type(e).__name__, e)

# A full send buffer: a non-blocking sender eventually cannot go on; with a timeout it times out.
b.setblocking(False)
sent = 0
try:
    while True:
        sent += b.send(b"z" * 65536)
except BlockingIOError as e:
    print("send buffer full:", sent > 0, e.errno)
b.settimeout(0.05)
try:
    b.sendall(b"z" * 1000000)
except TimeoutError as e:
    print("sendall:", e)
a.close()
b.close()

socket.setdefaulttimeout(1.5)
print(socket.getdefaulttimeout())
c, d = socket.socketpair()
print(c.gettimeout(), d.gettimeout())
e = socket.socket()
print(e.gettimeout(), e.getblocking())
socket.setdefaulttimeout(None)
f = socket.socket()
print(f.gettimeout(), socket.getdefaulttimeout())
for x in (c, d, e, f):
    x.close()
for bad in (-1, "x"):
    try:
        socket.setdefaulttimeout(bad)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)

srv = socket.create_server(("127.0.0.1", 0))
srv.settimeout(0.05)
try:
    srv.accept()
except TimeoutError as err:
    print("accept:", err)
srv.close()
