# One set() releases every thread waiting on the Event at once.
import threading

start = threading.Event()
ready = threading.Barrier(9)
out = []
lock = threading.Lock()

def runner(i):
    ready.wait()
    ok = start.wait()
    with lock:
        out.append((i, ok))

ts = [threading.Thread(target=runner, args=(i,)) for i in range(8)]
for t in ts: t.start()
ready.wait()
start.set()
for t in ts: t.join()
print(sorted(out))

# waiters with timeouts: those still waiting when set() comes get True
e = threading.Event()
res = {}
def timed(i, timeout):
    res[i] = e.wait(timeout)
a = threading.Thread(target=timed, args=("short", 0.01))
a.start(); a.join()
b = threading.Thread(target=timed, args=("long", 10))
b.start(); e.set(); b.join()
print(sorted(res.items()))
