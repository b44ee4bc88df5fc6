# Queue: FIFO order, qsize/empty/full, maxsize, the _nowait variants and Empty/Full.
import queue

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(5)])
try:
    q.get_nowait()
except queue.Empty:
    print("Empty on get_nowait")
try:
    q.get(block=False)
except queue.Empty as e:
    print("Empty on get(block=False)", repr(e))

b = queue.Queue(maxsize=2)
b.put("a"); b.put_nowait("b")
print(b.full(), b.qsize())
try:
    b.put_nowait("c")
except queue.Full:
    print("Full on put_nowait")
try:
    b.put("c", block=False)
except queue.Full:
    print("Full on put(block=False)")
print(b.get_nowait(), b.full())
b.put("c")
print([b.get() for _ in range(2)])

neg = queue.Queue(-1)     # maxsize <= 0: unbounded
for i in range(100):
    neg.put_nowait(i)
print(neg.qsize(), neg.full())
print(list(q.queue), type(q.queue).__name__, q.unfinished_tasks, neg.unfinished_tasks)
