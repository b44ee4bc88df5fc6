# SimpleQueue: unbounded FIFO without task tracking.
import queue, threading

s = queue.SimpleQueue()
print(s.empty(), s.qsize())
for i in range(3):
    s.put(i)
s.put_nowait(3)
s.put(4, block=False, timeout=1)    # ignored arguments
print(s.qsize(), s.empty())
print([s.get() for _ in range(3)], s.get_nowait(), s.get(False))
for call in (s.get_nowait, lambda: s.get(timeout=0.01), lambda: s.get(block=False, timeout=1)):
    try:
        call()
    except queue.Empty:
        print("Empty")
try:
    s.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(hasattr(s, "task_done"), hasattr(s, "join"), hasattr(s, "maxsize"))

total = []
def consume():
    n = 0
    while True:
        v = s.get()
        if v is None:
            total.append(n)
            return
        n += v
ts = [threading.Thread(target=consume) for _ in range(3)]
for t in ts: t.start()
for i in range(1, 301):
    s.put(i)
for _ in ts:
    s.put(None)
for t in ts: t.join()
print(sum(total))
print(queue.SimpleQueue.__name__)
