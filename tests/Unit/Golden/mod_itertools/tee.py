# tee: independent iterators over one source, sharing a buffer; tee of a tee copies it.
from itertools import tee, count, islice
a, b = tee([1, 2, 3])
print(next(a), next(a), list(b), list(a))
x, y, z = tee(range(5), 3)
print(list(x), list(islice(y, 2)), list(z), list(y))
print(tee("ab", 0), len(tee("ab", 1)), type(tee("ab")[0]).__name__)
c1, c2 = tee(count())
print([next(c1) for _ in range(100)][-1], next(c2), next(c2))
d1, d2 = tee(c1)
print(next(d1), next(d1), next(d2), next(c1))
e = c2.__copy__()
print(next(e), next(c2))
src = iter("hello")
t1, t2 = tee(src)
print(next(t1), next(src), list(t1), list(t2))
for f in [lambda: tee(), lambda: tee([1], -1), lambda: tee(5)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
