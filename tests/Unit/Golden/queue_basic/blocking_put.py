# A full bounded Queue blocks put() until a consumer makes room; order is preserved.
import queue, threading

q = queue.Queue(2)
log = []
def producer():
    for i in range(6):
        q.put(i)
        log.append(("put", i))

t = threading.Thread(target=producer)
t.start()
t.join(0.05)
print("producer blocked:", t.is_alive(), q.full(), q.qsize())
got = [q.get() for _ in range(6)]
t.join()
print(got)
print([x for x in log if x[0] == "put"] == [("put", i) for i in range(6)])
