# Thread with target, positional and keyword arguments; join; is_alive before, during and after.
import threading

results = []

def work(a, b, *, scale=1):
    results.append((a + b) * scale)

t = threading.Thread(target=work, args=(1, 2), kwargs={"scale": 10})
print("alive before start:", t.is_alive())
t.start()
t.join()
print("alive after join:", t.is_alive())
print("results:", results)

# args may be a list; kwargs default to {}
t = threading.Thread(target=work, args=[3, 4])
t.start(); t.join()
print("results:", results)

# no target: run() does nothing
t = threading.Thread()
t.start(); t.join()
print("no target ok", t.is_alive())

# many threads, each with its own argument
out = [None] * 20
def square(i):
    out[i] = i * i
ts = [threading.Thread(target=square, args=(i,)) for i in range(20)]
for t in ts: t.start()
for t in ts: t.join()
print(out)

# a running thread is alive until it is released
gate = threading.Event()
t = threading.Thread(target=gate.wait)
t.start()
print("alive while blocked:", t.is_alive())
gate.set()
t.join()
print("alive after release:", t.is_alive())
