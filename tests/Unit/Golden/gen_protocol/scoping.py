# genexp and comprehension scoping: the first iterable is evaluated eagerly, others lazily.
x = "global"
def f():
    x = [1, 2, 3]
    g = (x for x in x)
    return list(g)
print(f())

class C:
    items = [1, 2, 3]
    factor = 10
    first = [i for i in items]
    try:
        bad = [i * factor for i in items]
    except NameError as e:
        err = str(e)
    ok = (lambda factor=factor: [i * factor for i in [1, 2]])()
print(C.first, C.err, C.ok)

def eager_first():
    def src():
        print("evaluated first iterable")
        return [1, 2]
    g = (a for a in src())
    print("genexp created")
    return list(g)
print(eager_first())

def lazy_inner():
    def inner():
        print("inner evaluated")
        return [10]
    g = ((a, b) for a in [1, 2] for b in inner())
    print("created")
    return list(g)
print(lazy_inner())

# loop variable does not leak
[leak for leak in range(3)]
try:
    leak
except NameError as e:
    print(e)

# late binding of closures in a genexp
fns = [lambda: i for i in range(3)]
print([fn() for fn in fns])
fns = [(lambda i=i: i) for i in range(3)]
print([fn() for fn in fns])

# a genexp sees the enclosing variable's value at iteration time
def late():
    n = 1
    g = (n * k for k in range(3))
    n = 100
    return list(g)
print(late())

# nested comprehension with condition referring to the outer variable
print([(i, j) for i in range(4) if i % 2 for j in range(i) if j != 1])

# walrus in a comprehension binds in the enclosing function
def walrus():
    vals = [y := v * 2 for v in range(3)]
    return vals, y
print(walrus())

# genexp: the first iterable's error is raised at creation time
try:
    g = (a for a in 5)
except TypeError as e:
    print("at creation:", e)
print(type((i for i in ())).__name__, (i for i in ()).__name__)
