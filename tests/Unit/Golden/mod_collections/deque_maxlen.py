# A bounded deque drops items from the opposite end; maxlen is read-only.
from _collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1)
print(d, d.maxlen, deque().maxlen)
d.extendleft([7, 8])
print(d)
z = deque([1, 2], maxlen=0)
z.append(5)
print(z, len(z))
print(deque(range(10), 4), deque("abc", maxlen=5))
e = deque([1, 2, 3], maxlen=3)
try:
    e.insert(0, 9)
except IndexError as ex:
    print("IndexError:", ex)
try:
    e.maxlen = 5
except AttributeError as ex:
    print("AttributeError")
print(e * 2, e + deque([4]), (e + deque([4])).maxlen)
for f in [lambda: deque([1], -1), lambda: deque([1], "a"), lambda: deque(maxlen=2.5), lambda: deque([], 1, 2), lambda: deque(x=1)]:
    try:
        f()
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__ + ":", ex)
