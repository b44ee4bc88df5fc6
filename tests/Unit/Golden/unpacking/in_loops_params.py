# unpacking in for-loop targets, function parameters via *, nested tuples from zip/enumerate/items
data = [("a", (1, 2)), ("b", (3, 4))]
for name, (x, y) in data:
    print(name, x + y)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for (a, b), c in zip([(1, 2), (3, 4)], "xy"):
    print(a, b, c)
def point_dist(p, q):
    (x1, y1), (x2, y2) = p, q
    return abs(x1 - x2) + abs(y1 - y2)
print(point_dist((0, 0), (3, 4)))
points = [(1, 2), (3, 4)]
print([x * y for x, y in points], {y: x for x, y in points})
head, *tail = range(1)
print(head, tail)
*a, b, c = "xyz"
print(a, b, c)
[[p, q], r] = [["P", "Q"], "R"]
print(p, q, r)
x, (y, (z, w)) = 1, (2, (3, 4))
print(x + y + z + w)
for _ in range(2):
    a1, a2 = a2, a1 = "12" if _ == 0 else "34"
print(a1, a2)
