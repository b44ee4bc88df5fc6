# Generator expressions: lazy, single-pass, scoped like functions.
g = (x * 2 for x in range(4))
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g), list(g), list(g))

nested = ((i, j) for i in range(3) for j in range(i) if (i + j) % 2)
print(list(nested))

matrix = [[1, 2], [3, 4], [5, 6]]
print(list(v for row in matrix for v in row if v != 4))

# the first iterable is evaluated immediately, the rest lazily
def source(name, n):
    print("evaluating", name)
    return range(n)

lazy = (a + b for a in source("outer", 2) for b in source("inner", 2))
print("created")
print(list(lazy))

# errors in the first iterable surface at creation
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)

# the loop variable does not leak
x = "outer x"
print(sum(x for x in range(5)), x)

# closures over the enclosing scope
def scale_all(values, k):
    return list(v * k for v in values)
print(scale_all([1, 2, 3], 10))

class C:
    data = [1, 2, 3]
    total = sum(v for v in data)
print(C.total)
print(sorted((y for y in "genexp"), reverse=True))
print(max((len(w), w) for w in "a bb ccc dd".split()))
print(dict((k, len(k)) for k in ("one", "three")))
