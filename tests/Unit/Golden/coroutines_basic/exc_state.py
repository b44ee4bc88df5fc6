# sys.exc_info() inside coroutines: each coroutine's handled exception survives its awaits and does not leak out.
import sys
import types


@types.coroutine
def pause(tag):
    yield tag


async def handler(name):
    try:
        raise KeyError(name)
    except KeyError:
        await pause(f"{name} in except")
        print(name, "after await sees", repr(sys.exc_info()[1]))
    print(name, "after except sees", repr(sys.exc_info()[1]))


a = handler("a")
b = handler("b")
print(a.send(None))
print("outside sees", repr(sys.exc_info()[1]))
print(b.send(None))
try:
    raise ValueError("driver")
except ValueError:
    for c in (a, b):
        try:
            c.send(None)
        except StopIteration:
            pass
    print("driver still sees", repr(sys.exc_info()[1]))


async def reraiser():
    try:
        raise OSError("inner")
    except OSError:
        await pause("suspended in handler")
        raise

r = reraiser()
r.send(None)
try:
    r.send(None)
except OSError as e:
    print("reraised", repr(e), e.__context__)


async def chained():
    try:
        await pause("x")
    except RuntimeError as e:
        raise TypeError("from handler") from e

c = chained()
c.send(None)
try:
    c.throw(RuntimeError("thrown in"))
except TypeError as e:
    print(repr(e), "cause", repr(e.__cause__))
