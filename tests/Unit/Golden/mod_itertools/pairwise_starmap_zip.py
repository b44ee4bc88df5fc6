# pairwise, starmap, zip_longest.
from itertools import pairwise, starmap, zip_longest, count
print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])), list(pairwise(range(3))))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [[1, 2, 3], (4,), ()])))
print(list(starmap(divmod, zip(range(10, 13), [3, 4, 5]))))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest("AB", [1, 2, 3])), list(zip_longest()))
print(list(zip_longest([], [])), list(zip_longest("ab")), list(zip_longest("a", "bc", "def", fillvalue=0)))
z = zip_longest([1], count())
print(next(z), next(z), next(z))
for f in [lambda: pairwise(), lambda: starmap(len), lambda: list(starmap(pow, [1])), lambda: zip_longest(1), lambda: zip_longest([1], x=1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
