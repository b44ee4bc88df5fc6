from collections import deque
import collections

d = deque([1, 2, 3], maxlen=5)
d.appendleft(0); d.extend([4, 5])
print(d, d.maxlen, len(d), d[0], d[-1])
d.rotate(2)
print(d, list(reversed(d)), d.popleft(), d.pop())
print(collections.deque is deque, isinstance(d, collections.abc.MutableSequence), isinstance(d, collections.abc.Sequence))
window = deque(maxlen=3)
for x in range(6):
    window.append(x)
    print(sum(window) / len(window), end=" ")
print()
