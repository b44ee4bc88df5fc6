# producer and consumer threads connected by a queue, each side written as a generator.
import threading, queue

STOP = object()

def produce(n):
    for i in range(n):
        yield {"id": i, "value": i * 3}

def drain(q):
    while True:
        item = q.get()
        if item is STOP:
            return
        yield item

def transform(items):
    for item in items:
        if item["value"] % 2 == 0:
            yield item["id"], item["value"] // 2

q = queue.Queue(maxsize=5)
def producer():
    for item in produce(50):
        q.put(item)
    q.put(STOP)

results = []
def consumer():
    results.extend(transform(drain(q)))

threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), results[:5], results[-1])

# fan-in: several producers, one consumer generator counting sentinels
q = queue.Queue()
def many(k):
    for i in range(10):
        q.put((k, i))
    q.put(STOP)

def until_all_stopped(q, producers):
    stopped = 0
    while stopped < producers:
        item = q.get()
        if item is STOP:
            stopped += 1
        else:
            yield item

ps = [threading.Thread(target=many, args=(k,)) for k in range(3)]
for p in ps:
    p.start()
arrived = list(until_all_stopped(q, 3))
for p in ps:
    p.join()
got = sorted(arrived)
print(len(got), got[:3], got[-1])
# per-producer order is preserved even though producers interleave
by_producer = {}
for k, i in arrived:
    by_producer.setdefault(k, []).append(i)
print(sorted((k, v == list(range(10))) for k, v in by_producer.items()))
