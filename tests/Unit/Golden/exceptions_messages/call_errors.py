# TypeError messages for wrong calls
def f(a, b, c=1, *, d, e=2): pass
def g(a, /, b): pass
def k(): pass
def v(*args, key): pass
cases = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, 3, 4, 5, d=1),
    lambda: f(1, 2, d=1, x=3),
    lambda: f(1, 2, a=1, d=1),
    lambda: f(1, 2, d=1, **{"d": 2}),
    lambda: g(a=1, b=2),
    lambda: g(1, 2, 3),
    lambda: k(1),
    lambda: k(x=1),
    lambda: v(1, 2),
    lambda: (lambda x, y: x)(1),
    lambda: f(*1),
    lambda: f(**1),
    lambda: f(1, 2, **{1: 2}),
    lambda: len(),
    lambda: len(1, 2),
    lambda: isinstance(1),
    lambda: "abc".split(1),
    lambda: [].append(),
    lambda: int(base=2),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
f(1, 2, 3)
