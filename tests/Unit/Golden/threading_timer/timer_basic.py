# Timer calls its function with args/kwargs after the interval, in its own thread.
import threading

out = []
def fire(a, b=0):
    out.append((a, b, threading.current_thread().name == t.name))

t = threading.Timer(0.01, fire, args=(1,), kwargs={"b": 2})
print(isinstance(t, threading.Thread), t.interval, t.daemon)
t.start()
t.join()
print(out, t.finished.is_set())

# defaults: no args
t2 = threading.Timer(0, lambda: out.append("zero"))
print(t2.args, t2.kwargs)
t2.start(); t2.join()
print(out[-1])

# several timers with different intervals all fire
res = []
lock = threading.Lock()
def add(i):
    with lock:
        res.append(i)
ts = [threading.Timer(0.001 * i, add, args=(i,)) for i in range(5)]
for x in ts: x.start()
for x in ts: x.join()
print(sorted(res))
