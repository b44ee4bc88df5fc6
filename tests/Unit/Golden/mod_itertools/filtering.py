# compress, dropwhile, takewhile, filterfalse.
from itertools import compress, dropwhile, takewhile, filterfalse, count
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("ABC", [True])), list(compress(range(10), count(0))))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [1, 2])), list(dropwhile(bool, [0, 0, 1, 0])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [])), list(takewhile(lambda x: x < 3, count())))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
t = takewhile(lambda x: x < 2, [1, 5, 1])
print(list(t), list(t))
for f in [lambda: compress([1]), lambda: dropwhile(len), lambda: filterfalse(None), lambda: takewhile(1, 2, 3), lambda: list(takewhile(None, [1]))]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
