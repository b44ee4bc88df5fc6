# iter and next: default values, StopIteration, iter(callable, sentinel), exhaustion
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration raised", repr(e))
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
vals = [3, 2, 1, 0, 5]
pos = [0]
def take():
    v = vals[pos[0]]
    pos[0] += 1
    return v
print(list(iter(take, 0)))
r = iter(range(3))
print(iter(r) is r, next(r), list(r))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter(range(0))).__name__)
print(type(iter({})).__name__, type(iter(set())).__name__, type(iter(b"")).__name__)
for x in iter([7, 8]):
    print("loop", x)
print(next(iter({5, 6}.__iter__())), sum(iter([1, 2, 3])))
