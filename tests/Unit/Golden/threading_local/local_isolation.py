# Under frequent thread switches, each of 8 threads keeps seeing only its own local values.
import sys, threading

sys.setswitchinterval(1e-5)
data = threading.local()
bad = []
start = threading.Barrier(8)

def worker(i):
    data.value = i
    data.items = []
    start.wait()
    for k in range(2000):
        data.items.append(k)
        if data.value != i:
            bad.append((i, data.value))
    if len(data.items) != 2000:
        bad.append((i, "items", len(data.items)))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print("mix-ups:", bad)
print("main has none:", not hasattr(data, "value"))
