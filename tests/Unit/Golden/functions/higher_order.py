# higher-order functions: functions as arguments/return values, function composition, reduce by loop
def apply_twice(f, x):
    return f(f(x))
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
def reduce(fn, items, start):
    acc = start
    for item in items:
        acc = fn(acc, item)
    return acc
print(apply_twice(lambda v: v * 3, 2), apply_twice(str.upper, "a"), apply_twice(len, "abc" * 10) if False else "skip")
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
print(reduce(lambda a, b: a + b, [1, 2, 3], 0), reduce(max, [3, 9, 2], 0), reduce(lambda a, b: b + a, "abc", ""))
def make_multiplier(n):
    return lambda x: x * n
ms = [make_multiplier(i) for i in range(1, 4)]
print([m(10) for m in ms])
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), len(fib.cache))
def pipeline(value, *steps):
    for step in steps:
        value = step(value)
    return value
print(pipeline("  Hello  ", str.strip, str.lower, lambda s: s + "!", len))
print(list(map(make_multiplier(3), range(4))), sorted([3, 1, 2], key=make_multiplier(-1)))
