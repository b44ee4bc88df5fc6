from functools import lru_cache, cache

@lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n

print(square(2), square(3), square(2))
print(square.cache_info())
square(4)          # evicts 3 (2 was used more recently)
square(2)
square(3)
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info(), fact.cache_parameters())

@lru_cache(maxsize=None, typed=True)
def ident(x):
    print("miss", repr(x))
    return x
ident(1); ident(1.0); ident(1); ident(x=1)
print(ident.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

calls = []
@lru_cache(maxsize=3)
def f(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c
print(f(1), f(1, 2), f(1, b=2), f(1, 2, c=3), f(1, 2, c=3), len(calls))
info = f.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, tuple(info), info._fields)
try:
    lru_cache("bad")
except TypeError as e:
    print("TypeError:", e)
try:
    f([1])
except TypeError as e:
    print("TypeError:", e)
class C:
    @lru_cache(maxsize=None)
    def method(self, x):
        return x * 10
c = C()
print(c.method(2), c.method(2), C.method.cache_info())
