# threading.local: every thread sees its own attributes.
import threading

data = threading.local()
data.x = "main"
seen = {}
def worker(i):
    seen[i] = [hasattr(data, "x")]
    data.x = i
    data.y = i * 2
    threading.Event().wait(0.001)
    seen[i].append((data.x, data.y))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen.items()))
print(data.x, hasattr(data, "y"))
try:
    data.y
except AttributeError as e:
    print("AttributeError:", str(e).endswith("object has no attribute 'y'"))
del data.x
print(hasattr(data, "x"))
print(threading.local is type(data))
print(sorted(data.__dict__))
data.z = 1
print(data.__dict__)
