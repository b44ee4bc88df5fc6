# map, filter, reversed: laziness, multiple iterables, None predicate, reversed of sequences
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, "ab", "xyz")))
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(str.isdigit, "a1b2c3")))
m = map(lambda x: print("mapped", x) or x, [1, 2, 3])
print("map created")
print(next(m), list(m))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print(list(reversed({1: 2, 3: 4})), "".join(reversed("hello")))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(len, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    map(5)
except TypeError as e:
    print("TypeError:", e)
print(sorted(map(abs, [-3, 1, -2])), sum(map(int, "123")), max(filter(lambda v: v < 5, range(10))))
print(list(map(int.__add__, [1, 2], [10, 20])), list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))
