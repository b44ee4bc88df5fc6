# sets of ints: dedup, membership speed-independent checks, set algebra on ranges, frozensets in sets
nums = [4, 1, 4, 2, 1, 9, 2]
print(set(nums), sorted(set(nums)), len(set(nums)))
seen = set()
dups = []
for n in nums:
    if n in seen:
        dups.append(n)
    seen.add(n)
print(seen, dups)
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(evens & threes, evens | threes, evens - threes, evens ^ threes)
print(min(evens), max(threes), sum(evens & threes), sorted(evens - threes, reverse=True))
fs = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(fs), frozenset({1, 2}) in fs, frozenset() in fs)
print({-1, -2, -3}, {1000, 1, 100, 10}, {2 ** 40, 1})
print(set([1, 2]) == {2, 1}, {1} < {1, 2} < {1, 2, 3}, {1, 2}.isdisjoint({3}))
s = {1, 2, 3}
for x in list(s):
    if x % 2:
        s.remove(x)
print(s)
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted({x * y for x in range(1, 4) for y in range(1, 4)}))
