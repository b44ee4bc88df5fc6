import functools

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        "wrapper doc"
        return fn(*args, **kwargs) * 2
    return wrapper

@deco
def add(a: int, b: int = 1) -> int:
    """Add two numbers."""
    return a + b

print(add(2, 3), add.__name__, add.__doc__, add.__qualname__, add.__module__, add.__annotations__)
print(add.__wrapped__(2, 3), add.__wrapped__.__name__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def plain(): pass
plain.extra = "attr"
def other(): pass
functools.update_wrapper(other, plain)
print(other.__name__, other.extra, other.__wrapped__ is plain)
def partial_assign(): "x"
functools.update_wrapper(partial_assign, add, assigned=("__doc__",), updated=())
print(partial_assign.__name__, partial_assign.__doc__)
class Callable:
    def __call__(self): return 1
obj = Callable()
def w(): pass
functools.update_wrapper(w, obj)
print(w.__name__, w.__wrapped__ is obj)

def counted(fn):
    @functools.wraps(fn)
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner
@counted
def hello(name):
    return "hi " + name
hello("a"); hello("b")
print(hello.calls, hello.__name__)
