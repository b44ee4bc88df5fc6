# starred expressions in literals and calls: list/tuple/set/dict displays, nested stars
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*a], (*a,), [*"hi", *range(2)])
d1 = {"x": 1}
d2 = {"y": 2, "x": 3}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1}, {**{}})
print(*a, *b)
print([*[*[*a]]], [*{1: "k"}], [*{5: 0}.items()])
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, 0, *b, **d1, k=2))
rows = [[1, 2], [3, 4]]
print([*rows[0], *rows[1]], [*map(str, a)])
try:
    [*5]
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError:", e)
first, *others = *a, *b
print(first, others)
t = *a, *b
print(t)
print(len([*range(1000)]), [*range(3)] == list(range(3)))
