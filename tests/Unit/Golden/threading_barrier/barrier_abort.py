# abort() breaks the barrier: parties already waiting and later callers get BrokenBarrierError.
import threading, time

b = threading.Barrier(4)
outcome = []
lock = threading.Lock()
def party(i):
    try:
        b.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "broken"
    with lock:
        outcome.append(r)

ts = [threading.Thread(target=party, args=(i,)) for i in range(2)]
for t in ts: t.start()
while b.n_waiting < 2:
    time.sleep(0.001)
b.abort()
for t in ts: t.join()
print(outcome, b.broken, b.n_waiting)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("wait after abort: BrokenBarrierError")
b.reset()
print("reset:", b.broken)
