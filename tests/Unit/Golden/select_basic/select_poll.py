# select.select and select.poll over socket pairs: readiness, hang-up, bad descriptors, argument errors.
import select
import socket

a, b = socket.socketpair()


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", r)


print(select.select([a], [], [], 0))
r, w, x = select.select([a, b], [a, b], [a, b], 0)
print(r == [], w == [a, b], x == [])
b.send(b"data")
r, w, x = select.select([a, b], [], [], 1.5)
print(r == [a])
print(select.select([a.fileno()], [], [], None)[0] == [a.fileno()])


class Wrapper:
    def __init__(self, sock):
        self.sock = sock

    def fileno(self):
        return self.sock.fileno()


wrap = Wrapper(a)
print(select.select([wrap], [], [], 0)[0] == [wrap])
a.recv(100)
print(select.select([a], [], [], 0.01))

attempt("negative fd", lambda: select.select([-1], [], [], 0))
attempt("str entry", lambda: select.select(["x"], [], [], 0))
attempt("negative timeout", lambda: select.select([], [], [], -1))
attempt("str timeout", lambda: select.select([], [], [], "x"))
attempt("two args", lambda: select.select([], []))
attempt("not a sequence", lambda: select.select(5, [], []))


class BadFileno:
    def fileno(self):
        return "3"


attempt("bad fileno", lambda: select.select([BadFileno()], [], [], 0))

b.close()
print("hang-up readable:", select.select([a], [], [], 0)[0] == [a], a.recv(1))
c, d = socket.socketpair()
d.close()
attempt("closed socket", lambda: select.select([d], [], [], 0))

p = select.poll()
e, f = socket.socketpair()
p.register(e, select.POLLIN)
p.register(f)
print([(fd == f.fileno(), ev) for fd, ev in p.poll(0)])
f.send(b"x")
print(sorted((fd == e.fileno(), ev) for fd, ev in p.poll(100)))
p.modify(f, select.POLLIN)
print([(fd == e.fileno(), ev) for fd, ev in p.poll(0)])
p.unregister(f)
try:
    p.unregister(f)
except KeyError as err:
    print("unregister twice:", err.args == (f.fileno(),))
attempt("modify unknown", lambda: p.modify(99, 1))
print(p.poll(None)[0][0] == e.fileno())
print(select.POLLIN, select.POLLOUT, select.POLLPRI, select.POLLERR, select.POLLHUP, select.POLLNVAL, select.error)
for s in (a, c, e, f):
    s.close()
