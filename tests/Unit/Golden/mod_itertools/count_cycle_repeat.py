# The infinite iterators, taken with islice/zip; count and repeat reprs track their state.
from itertools import count, cycle, repeat, islice
c = count()
print(c, next(c), next(c), c)
print(list(islice(count(10, 5), 4)), list(islice(count(2.5, 0.5), 3)), list(islice(count(5, -2), 4)))
print(list(islice(count(2**63 - 2), 4)), list(islice(count(0, 2**62), 4)))
c2 = count(1, 1.0)
print(c2, next(c2), c2)
print(count(step=3), count(start=-1), count(10**30, 2))
print(list(islice(cycle("abc"), 8)), list(cycle([])), list(islice(cycle(range(2)), 5)))
r = repeat("x", 3)
print(r, next(r), r, list(r), r)
print(list(repeat(None, 0)), list(repeat(7, -4)), repeat([1]), list(islice(repeat(1), 3)))
print(list(map(pow, range(5), repeat(2))))
print(repeat(1, 5).__length_hint__())
for t in [lambda: count("a"), lambda: count(1, "b"), lambda: cycle(), lambda: cycle(5), lambda: repeat(), lambda: repeat(1, "a"), lambda: count(1, 2, 3)]:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
