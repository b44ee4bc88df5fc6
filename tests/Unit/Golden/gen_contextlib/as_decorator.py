# a contextmanager used as a decorator (a fresh generator per call), and with arguments.
from contextlib import contextmanager, ContextDecorator

calls = []
@contextmanager
def traced(label):
    calls.append(f"enter {label}")
    try:
        yield
    finally:
        calls.append(f"exit {label}")

@traced("f")
def f(x):
    calls.append(f"f({x})")
    return x * 2

print(f(1), f(2))
print(calls)

@traced("g")
def g():
    raise ValueError("inside g")
calls.clear()
try:
    g()
except ValueError as e:
    print(e, calls)

# recursion through a decorated function: each call enters its own generator
calls.clear()
@traced("r")
def r(n):
    return 0 if n == 0 else 1 + r(n - 1)
print(r(2), calls)

class timer(ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("stop", exc[0])
        return False
@timer()
def work():
    print("working")
work()

# the yielded value becomes the as-target
@contextmanager
def opened(values):
    it = iter(values)
    try:
        yield it
    finally:
        print("left over:", list(it))
with opened([1, 2, 3]) as it:
    print(next(it))
