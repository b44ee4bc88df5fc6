# comprehension with walrus: binds in enclosing scope
data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 5])
print(y)
total = 0
print([total := total + v for v in data], total)
def f():
    [last := c for c in "xyz"]
    return last
print(f())
print([(m := i) for i in range(3)], m)
print([[w := j for j in range(2)] for _ in range(2)], w)
