# groupby groups consecutive equal keys; an earlier group is empty once the groupby moves on.
from itertools import groupby
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1], key=lambda x: x % 2)])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
groups = []
for k, g in groupby("aabbc"):
    groups.append(g)
print([list(g) for g in groups])
it = groupby("xxyy")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2), list(it))
print(list(groupby([])), [(k, list(g)) for k, g in groupby([1.0, 1, True, 2])])
print(type(g2).__name__, groupby)
