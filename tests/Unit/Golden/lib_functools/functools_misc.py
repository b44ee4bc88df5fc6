import functools
from functools import reduce, partial, cmp_to_key, lru_cache

print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]), functools.reduce(lambda a, b: a * b, range(1, 7)))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
p = partial(print, "prefix:", sep="|")
p("a", "b")
double = partial(lambda x, factor: x * factor, factor=2)
print(double(21), double(4, factor=10), double.keywords, double.args)
nested = partial(partial(max, 1), 5)
print(nested(3), nested.args, nested.func is max)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(sorted(words, key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
@lru_cache(maxsize=32)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
print([collatz(i) for i in range(1, 12)], collatz.cache_info().currsize <= 32)
@functools.cache
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(20), ways.cache_info().hits > 0)
def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args):
        result = func(*args)
        print(f"{func.__name__}{args} -> {result}")
        return result
    return wrapper
@log_calls
def area(w, h):
    "Rectangle area."
    return w * h
area(3, 4)
print(area.__name__, area.__doc__, area.__wrapped__(2, 2))
