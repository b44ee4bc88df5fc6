# a generator created on one thread and resumed on others: the body runs on the resuming thread.
import threading

def where():
    while True:
        yield threading.current_thread().name

g = where()
print(next(g))
out = []
def worker():
    out.append(next(g))
    out.append(g.send(None))
for name in ("T1", "T2"):
    t = threading.Thread(target=worker, name=name)
    t.start()
    t.join()
print(out)
print(next(g))

# a generator created inside a thread, handed back to the main thread
box = []
def creator():
    def counting():
        n = 0
        while n < 3:
            n += 1
            yield n, threading.current_thread().name
    c = counting()
    box.append(next(c))
    box.append(c)
t = threading.Thread(target=creator, name="creator")
t.start()
t.join()
first, c = box
print(first, list(c))

# generator state (locals, position) survives the thread switch
def stateful():
    total = 0
    for i in range(6):
        total += i
        yield total
s = stateful()
results = []
def step(k):
    for _ in range(k):
        results.append((threading.current_thread().name, next(s)))
for name, k in (("a", 2), ("b", 3), ("c", 1)):
    t = threading.Thread(target=step, args=(k,), name=name)
    t.start()
    t.join()
print(results, next(s, "exhausted"))
