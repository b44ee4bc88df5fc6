# shutdown(): later submits fail; cancel_futures cancels what has not started; repeated shutdown is fine.
from concurrent.futures import ThreadPoolExecutor
import threading

ex = ThreadPoolExecutor(1)
gate = threading.Event()
started = threading.Event()
def block():
    started.set()
    gate.wait()
    return "first"
first = ex.submit(block)
rest = [ex.submit(lambda i=i: i) for i in range(5)]
started.wait()
t = threading.Timer(0.02, gate.set); t.start()
ex.shutdown(wait=True, cancel_futures=True)
t.join()
print(first.result(), [f.cancelled() for f in rest])
try:
    ex.submit(print)
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()
ex.shutdown(wait=False)
print("shut down twice")

# without cancel_futures everything queued still runs
ex = ThreadPoolExecutor(2)
fs = [ex.submit(lambda i=i: i * i) for i in range(10)]
ex.shutdown(wait=True)
print([f.result() for f in fs])

# shutdown(wait=False) returns at once; the work still completes
ex = ThreadPoolExecutor(1)
g2 = threading.Event()
f = ex.submit(g2.wait)
ex.shutdown(wait=False)
g2.set()
print(f.result(timeout=10))

# the with statement shuts down and waits
with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(sum, range(i)) for i in range(6)]
print(all(f.done() for f in fs), [f.result() for f in fs])
print(ex.__enter__() is ex)
