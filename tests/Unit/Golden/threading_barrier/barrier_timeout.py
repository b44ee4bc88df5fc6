# A wait() that times out breaks the barrier for everyone; reset() makes it usable again.
import threading

b = threading.Barrier(3, timeout=0.05)
errors = []
def party():
    try:
        b.wait()
    except threading.BrokenBarrierError as e:
        errors.append(type(e).__name__)

t = threading.Thread(target=party)
t.start()
try:
    b.wait(timeout=0.05)     # only two of the three parties come
except threading.BrokenBarrierError:
    errors.append("main broken")
t.join()
print(sorted(errors), b.broken)

# waiting on a broken barrier fails at once
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")

b.reset()
print("after reset:", b.broken, b.n_waiting)
res = []
ts = [threading.Thread(target=lambda: res.append(b.wait(timeout=5))) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res), b.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
