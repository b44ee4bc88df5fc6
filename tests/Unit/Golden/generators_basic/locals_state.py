# A generator keeps its locals, loop state and try blocks between yields.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])

def nested_loops():
    for i in range(3):
        for j in range(i):
            yield (i, j)

print(list(nested_loops()))

def with_args(x, *rest, scale=2, **kw):
    yield x * scale
    for r in rest:
        yield r * scale
    for k in sorted(kw):
        yield k, kw[k]

print(list(with_args(1, 2, 3, scale=10, b=2, a=1)))

def closure_gen():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for v in range(5):
        add(v)
        yield total

print(list(closure_gen()))

def two_gens():
    g1 = fib()
    g2 = fib()
    next(g1)
    return [next(g1), next(g2), next(g1), next(g2)]

print(two_gens())
