# set operations: | & - ^, methods union/intersection/difference, subset/superset, updates
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference([1, 9]))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, {9} <= a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
c = set(a)
c |= {10}; print(c)
c &= {1, 2, 10, 11}; print(c)
c -= {1}; print(c)
c ^= {2, 3}; print(c)
c.update([4, 5], {6}); print(c)
c.intersection_update(range(5)); print(c)
c.difference_update({3}); print(c)
c.symmetric_difference_update({4, 0}); print(c)
fs = frozenset({1, 2})
print(fs | {3}, {3} | fs, type(fs | {3}).__name__, type({3} | fs).__name__, fs & {2})
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
print(a == frozenset(a), {1, 2} != {2, 1}, set() == frozenset())
