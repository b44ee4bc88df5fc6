# Exception handling inside generators: context, sys.exc_info across yields.
import sys

def handler_yield():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

g = handler_yield()
print(next(g))
print(sys.exc_info()[0])
try:
    raise ValueError("outside")
except ValueError:
    print(next(g))
    print(sys.exc_info()[0].__name__)
print(next(g))

def context_chain():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e

c = context_chain()
next(c)
try:
    c.throw(ValueError("original"))
except TypeError as e:
    print(e, "<-", repr(e.__cause__))

def implicit_context():
    try:
        raise OSError("first")
    except OSError:
        yield 1
        raise ValueError("second")

ic = implicit_context()
next(ic)
try:
    next(ic)
except ValueError as e:
    print(e, "context:", repr(e.__context__))

def finally_order():
    try:
        yield 1
        raise IndexError("boom")
    finally:
        print("finally runs before the caller's handler")

try:
    for x in finally_order():
        print("got", x)
except IndexError as e:
    print("caller caught", e)
