# A threading.local subclass: __init__ runs again (with the same arguments) in each thread that uses it.
import threading

class Ctx(threading.local):
    created = 0
    def __init__(self, base):
        self.base = base
        self.items = []
        Ctx.created += 1
    def add(self, v):
        self.items.append(v)
        return self.base + len(self.items)

ctx = Ctx(100)
ctx.add("m")
out = {}
lock = threading.Lock()
def worker(i):
    for k in range(i + 1):
        r = ctx.add(k)
    with lock:
        out[i] = (r, len(ctx.items), ctx.base)

ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out.items()))
print(ctx.items, Ctx.created)

try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
