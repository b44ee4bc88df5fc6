# LifoQueue returns the newest item first; PriorityQueue the smallest (tuples order by priority).
import queue

l = queue.LifoQueue()
for x in "abcde":
    l.put(x)
print("".join(l.get() for _ in range(5)))

p = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (5, "e"), (2, "b"), (4, "d"), (1, "a2")]:
    p.put(item)
print([p.get() for _ in range(6)])

p2 = queue.PriorityQueue(maxsize=3)
for v in (9, 7, 8):
    p2.put(v)
print(p2.full(), p2.get(), p2.get(), p2.get(), p2.empty())

l2 = queue.LifoQueue(2)
l2.put(1); l2.put(2)
try:
    l2.put(3, timeout=0.01)
except queue.Full:
    print("LifoQueue Full")
print(isinstance(l, queue.Queue), isinstance(p, queue.Queue))

# a custom queue overriding the storage hooks
class Reversing(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _put(self, item):
        self.queue.insert(0, item)
    def _get(self):
        return self.queue.pop(0)
r = Reversing()
for i in range(4):
    r.put(i)
print([r.get() for _ in range(4)])
