# A threaded TCP server on loopback: one thread per client, each echoing upper-cased lines.
import socket
import threading

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
handlers = []


def handle(conn):
    with conn:
        f = conn.makefile("r")
        for line in f:
            conn.sendall(line.upper().encode())
        f.close()


def serve(n):
    for _ in range(n):
        conn, _addr = srv.accept()
        h = threading.Thread(target=handle, args=(conn,))
        handlers.append(h)
        h.start()


acceptor = threading.Thread(target=serve, args=(3,))
acceptor.start()
results = {}


def client(name):
    with socket.create_connection(("127.0.0.1", port)) as s:
        out = []
        for i in range(3):
            s.sendall(("%s says %d\n" % (name, i)).encode())
            line = b""
            while not line.endswith(b"\n"):
                line += s.recv(100)
            out.append(line.decode().strip())
        results[name] = out


clients = [threading.Thread(target=client, args=(n,)) for n in ("ann", "bob", "cy")]
for c in clients:
    c.start()
for c in clients:
    c.join()
acceptor.join()
for h in handlers:
    h.join()
srv.close()
for name in sorted(results):
    print(name, results[name])

# accept() with a timeout in a thread while the main thread connects late.
srv = socket.create_server(("127.0.0.1", 0))
srv.settimeout(5)
outcome = []


def accept_one():
    try:
        conn, _ = srv.accept()
        outcome.append(conn.recv(10))
        conn.close()
    except OSError as e:
        outcome.append(type(e).__name__)


t = threading.Thread(target=accept_one)
t.start()
with socket.create_connection(srv.getsockname()) as s:
    s.sendall(b"late")
t.join()
print(outcome)
srv.settimeout(0.05)
t = threading.Thread(target=accept_one)
t.start()
t.join()
print(outcome)
srv.close()
