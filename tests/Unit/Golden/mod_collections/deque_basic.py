# deque: appends and pops at both ends, extend/extendleft, len/bool/in, indexing.
from _collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), bool(d), bool(deque()), 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft([10, 20])
print(d, d[0], d[-1], d[2])
d[0] = "first"; del d[1]
print(d, list(d), list(reversed(d)))
for i in range(20):
    d.append(i)
    if i % 3 == 0:
        d.popleft()
print(d, len(d))
d.extend(d)
print(len(d), d[0] == d[len(d) // 2])
print(deque(), deque(range(3)), deque("xyz"), deque((1, [2])))
