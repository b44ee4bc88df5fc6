# decorators built from plain functions: wrapping, stacking order, decorator with arguments
def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper() + "!"
    return wrapper
def trace(fn):
    def wrapper(*args):
        print("calling", fn.__name__, args)
        r = fn(*args)
        print("returned", r)
        return r
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@shout
def greet(name):
    return "hello " + name
print(greet("bob"))
@trace
@shout
def word(w):
    return w
word("hi")
@repeat(3)
def one(x):
    return x * 2
print(one(5))
order = []
def mark(label):
    order.append("factory " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@mark("a")
@mark("b")
def target():
    return "t"
print(order, target())
print(greet.__name__, word.__name__)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha(): return 1
@register
def beta(): return 2
print(sorted(registry), registry["beta"]())
