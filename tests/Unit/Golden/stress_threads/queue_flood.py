# 8 producers push 2,500 items each through a bounded Queue to 8 consumers; nothing lost or doubled.
import queue, threading

q = queue.Queue(maxsize=64)
results = []
lock = threading.Lock()
def producer(p):
    for i in range(2500):
        q.put(p * 100000 + i)
def consumer():
    local = []
    while True:
        v = q.get()
        if v is None:
            break
        local.append(v)
    with lock:
        results.extend(local)

cs = [threading.Thread(target=consumer) for _ in range(8)]
ps = [threading.Thread(target=producer, args=(p,)) for p in range(8)]
for t in cs + ps: t.start()
for t in ps: t.join()
for _ in cs: q.put(None)
for t in cs: t.join()
print(len(results), len(set(results)), sum(results) == sum(p * 100000 + i for p in range(8) for i in range(2500)))
