# argument errors: CPython's TypeError messages for bad calls
def f(a, b, /, c, *, d):
    return a
def g(x, y=1):
    return x
def h(*, k):
    return k
def nodefs():
    return 0
calls = [
    lambda: g(), lambda: g(1, 2, 3), lambda: g(1, z=2), lambda: g(1, x=2),
    lambda: f(1, 2, 3), lambda: f(1, 2, 3, 4, d=1), lambda: f(1, b=2, c=3, d=4),
    lambda: f(a=1, b=2, c=3, d=4), lambda: h(1), lambda: h(), lambda: nodefs(1),
    lambda: nodefs(x=1), lambda: g(**{"x": 1, "y": 2, "w": 3}), lambda: g(*[1, 2, 3, 4]),
    lambda: g(1, **{"y": 2}, y=3), lambda: f(), lambda: len(), lambda: len(1, 2),
    lambda: abs(x=1), lambda: g(*5), lambda: g(**[1]),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
