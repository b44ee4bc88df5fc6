# deque indexing errors, comparisons, + and *, in-place ops, mutation during iteration, unhashability.
from _collections import deque
d = deque([1, 2, 3])
print(d == deque([1, 2, 3]), d != deque([1, 2]), d == [1, 2, 3], d < deque([1, 3]), deque("ab") < deque("b"), d >= deque([1, 2, 3]))
print(deque([1, 2]) < deque([1, 2, 0]), deque() <= deque(), deque([2]) > deque([1, 9]))
print(d + deque([4]), d * 2, 2 * d, d * 0, d * -1)
e = deque([0])
e += [1, 2]; e += "ab"; print(e)
e *= 2; print(e)
for f in [lambda: d[5], lambda: d[-4], lambda: d[1:2], lambda: d["a"], lambda: d + [1], lambda: hash(d)]:
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
try:
    for x in d:
        d.append(x)
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(len(d))
try:
    for x in d:
        d.pop()
except RuntimeError as ex:
    print("RuntimeError:", ex)
it = iter(deque([1, 2]))
print(next(it), next(it), next(it, "done"))
n = deque([1])
n.append(n)
print(n)
print(deque, type(iter(d)).__name__, type(reversed(d)).__name__)
