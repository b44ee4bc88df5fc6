# range objects: len, indexing, slicing, containment, reversed, repr, equality, errors
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], list(r[::-2]))
print(range(5), range(0, 5), range(1, 10, 2), range(10, 0, -3), list(range(10, 0, -3)))
print(len(range(0)), len(range(5, 1)), len(range(-5, 5, 2)), len(range(2 ** 62)))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError:", e)
print(11 in r, 12 in r, 3.0 in range(5), "a" in range(3) if False else "skip")
print(r.index(8), r.count(8), r.start, r.stop, r.step)
print(range(0) == range(5, 1), range(0, 6, 2) == range(0, 5, 2), list(reversed(range(4))))
print(range(10 ** 20)[-1], range(3)[True])
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    r.index(9)
except ValueError as e:
    print("ValueError:", e)
print(sum(range(101)), max(range(-5, 5)), list(range(-3)), hash(range(3)) == hash(range(3)))
