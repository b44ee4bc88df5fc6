# rotate, reverse, count, index, insert, remove, clear, copy.
from _collections import deque
d = deque(range(8))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(); print(d)
d.rotate(17); print(d)
d.rotate(0); deque().rotate(5); print(d)
d.reverse(); print(d)
d = deque("abracadabra")
print(d.count("a"), d.count("z"), d.index("c"), d.index("a", 1), d.index("a", -4), d.index("b", 2, 9))
d.insert(2, "X"); d.insert(-1, "Y"); d.insert(100, "Z"); d.insert(-100, "W")
print(d)
d.remove("a"); print(d)
c = d.copy()
c.append("!")
print(len(c) - len(d), type(c).__name__)
d.clear(); print(d, len(d))
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).index(2), lambda: deque([1]).remove(2),
          lambda: deque([1]).index(1, 1), lambda: deque().rotate("a"), lambda: deque().count(), lambda: deque().insert(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
