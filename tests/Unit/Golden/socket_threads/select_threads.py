# select() waiting outside the GIL while other threads produce data.
import select
import socket
import threading
import time

pairs = [socket.socketpair() for _ in range(3)]
readers = [p[0] for p in pairs]


def produce():
    for i, (_, w) in enumerate(pairs):
        time.sleep(0.01)
        w.send(b"msg%d" % i)


t = threading.Thread(target=produce)
t.start()
seen = []
while len(seen) < 3:
    r, _, _ = select.select(readers, [], [], 5)
    for s in r:
        seen.append(s.recv(10))
        readers.remove(s)
t.join()
print(sorted(seen))

# A thread blocked in select() wakes up when another thread writes; poll() likewise.
a, b = socket.socketpair()
woke = []


def waiter():
    r, _, _ = select.select([a], [], [], 5)
    woke.append(r == [a])
    p = select.poll()
    p.register(a, select.POLLIN)
    woke.append(len(p.poll(5000)))


w = threading.Thread(target=waiter)
w.start()
time.sleep(0.05)
b.send(b"wake")
w.join()
print(woke, a.recv(10))
for x, y in pairs:
    x.close()
    y.close()
a.close()
b.close()
