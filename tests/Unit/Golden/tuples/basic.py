# tuples: packing, indexing, slicing, count/index, concatenation, comparisons, hashing
t = (1, 2, 3, 2, 1)
print(t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(3), t.index(1, 1))
print(t + (4,), (0,) * 3, () + (), len(t), 2 in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () == (), (1,) == [1])
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((1,)) == hash((1,)))
print(hash((-1,)), hash((1.5, True, None)) == hash((1.5, 1, None)))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
nested = ([1], 2)
nested[0].append(3)
print(nested)
a, b = 1, 2
a, b = b, a
print(a, b, (1), (1,), type(()).__name__)
print(repr((1,)), repr(("a", "b")), str((None,)), max((3, 9, 2)), sorted((3, 1, 2)))
