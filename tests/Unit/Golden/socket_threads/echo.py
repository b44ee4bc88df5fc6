# An echo thread over a socketpair (latency2.py's "echo" scenario): the main thread's blocking recv
# releases the GIL so the echo thread can answer, and the reverse.
import socket
import threading

a, b = socket.socketpair()


def echo():
    while True:
        d = b.recv(1)
        if not d or d == b"q":
            return
        b.send(d)


t = threading.Thread(target=echo, daemon=True)
t.start()
replies = []
for ch in b"hello, world":
    a.send(bytes([ch]))
    replies.append(a.recv(1))
print(b"".join(replies))
a.send(b"q")
t.join(5)
print("echo thread done:", not t.is_alive())

# Ping-pong with a burner thread competing for the GIL: every round trip still completes.
stop = False


def burner():
    n = 0
    while not stop:
        n += 1


c, d = socket.socketpair()
e = threading.Thread(target=lambda: [d.send(d.recv(1)) for _ in range(200)])
burn = threading.Thread(target=burner)
burn.start()
e.start()
ok = 0
for i in range(200):
    c.send(b"x")
    ok += c.recv(1) == b"x"
stop = True
e.join()
burn.join()
print("round trips:", ok)
for s in (a, b, c, d):
    s.close()
