# sys.exc_info() and sys.exception() follow the exception being handled, restored after handlers
import sys
def show(tag):
    t, v, tb = sys.exc_info()
    print(tag, t.__name__ if t else None, repr(v), tb is not None, repr(sys.exception()))

show("start")
try:
    raise ValueError("outer")
except ValueError:
    show("in outer")
    try:
        raise TypeError("inner")
    except TypeError:
        show("in inner")
    show("back in outer")
show("after")

def in_function():
    show("called from handler")
try:
    raise KeyError("k")
except KeyError:
    in_function()

def returns_from_handler():
    try:
        raise IndexError("i")
    except IndexError:
        return sys.exc_info()[0].__name__
print(returns_from_handler())
show("after return")

try:
    raise OSError("x")
except OSError:
    pass
finally:
    show("finally after handled")
try:
    try:
        raise ValueError("pending")
    finally:
        show("finally while propagating")
except ValueError:
    pass
