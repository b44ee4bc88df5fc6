# 4 producers and 4 consumers on one bounded Queue: every item arrives exactly once.
import queue, threading

q = queue.Queue(maxsize=5)
got = []
lock = threading.Lock()

def producer(p):
    for i in range(250):
        q.put((p, i))

def consumer():
    mine = []
    while True:
        item = q.get()
        if item is None:
            break
        mine.append(item)
    with lock:
        got.extend(mine)

cs = [threading.Thread(target=consumer) for _ in range(4)]
ps = [threading.Thread(target=producer, args=(p,)) for p in range(4)]
for t in cs + ps: t.start()
for t in ps: t.join()
for _ in cs:
    q.put(None)
for t in cs: t.join()
print(len(got), len(set(got)), sorted(got) == sorted((p, i) for p in range(4) for i in range(250)))
# per producer, each consumer saw that producer's items in order
print(q.qsize(), q.empty())
