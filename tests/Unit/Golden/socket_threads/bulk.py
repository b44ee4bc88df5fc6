# sendall of more data than the socket buffers hold, with a reader thread draining it; a writer
# blocked in sendall waits outside the GIL. Sizes and checksums are independent of the timing.
import socket
import threading

a, b = socket.socketpair()
payload = bytes(range(256)) * 8192  # 2 MiB
received = []


def reader():
    while True:
        chunk = b.recv(65536)
        if not chunk:
            return
        received.append(chunk)


t = threading.Thread(target=reader)
t.start()
a.sendall(payload)
a.shutdown(socket.SHUT_WR)
t.join()
data = b"".join(received)
print(len(data), data == payload, len(received) >= 1)

# The other direction, with recv_into on the reading side and a writer thread.
buf = bytearray(len(payload))
view_at = 0


def writer():
    b.sendall(payload)
    b.close()


w = threading.Thread(target=writer)
w.start()
while True:
    tmp = bytearray(100000)
    n = a.recv_into(tmp)
    if n == 0:
        break
    buf[view_at:view_at + n] = tmp[:n]
    view_at += n
w.join()
print(view_at, bytes(buf) == payload)
a.close()

# Several writer threads on one socket each send whole messages with sendall under a lock.
c, d = socket.socketpair()
lock = threading.Lock()


def send_many(tag):
    for i in range(50):
        msg = ("%s:%03d;" % (tag, i)).encode()
        with lock:
            c.sendall(msg)


threads = [threading.Thread(target=send_many, args=(tag,)) for tag in "ABCD"]
for th in threads:
    th.start()
for th in threads:
    th.join()
c.close()
got = b""
while True:
    chunk = d.recv(4096)
    if not chunk:
        break
    got += chunk
parts = got.decode().rstrip(";").split(";")
print(len(parts), sorted(set(p[0] for p in parts)), all(sorted(p for p in parts if p[0] == t) == ["%s:%03d" % (t, i) for i in range(50)] for t in "ABCD"))
d.close()
