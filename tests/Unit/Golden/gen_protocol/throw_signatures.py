# throw(type), throw(type, value), throw(instance), throw(type, value, tb) and invalid throws.
import sys

def catcher():
    while True:
        try:
            yield "waiting"
        except Exception as e:
            print("caught", type(e).__name__, e.args)
            yield "handled"

g = catcher()
next(g)
print(g.throw(ValueError))
next(g)
print(g.throw(ValueError, "msg"))
next(g)
print(g.throw(ValueError, ("a", 1)))
next(g)
print(g.throw(ValueError("inst")))
next(g)
print(g.throw(KeyError, KeyError("k")))
next(g)
try:
    raise TypeError("with tb")
except TypeError as e:
    tb = e.__traceback__
print(g.throw(TypeError, TypeError("t"), tb))
next(g)

# invalid arguments to throw
for args in [(1,), ("str",), (int,), (ValueError("x"), "extra"), (ValueError, None, 5)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)

# throw into an unstarted generator raises immediately, generator is finished
def fresh():
    print("never printed")
    yield 1
f = fresh()
try:
    f.throw(RuntimeError("early"))
except RuntimeError as e:
    print("propagated", e)
print(f.gi_frame, list(f))

# throw into a finished generator
try:
    f.throw(IndexError)
except IndexError as e:
    print("finished gen rethrows", type(e).__name__)

# uncaught throw propagates and finishes the generator
def plain():
    yield 1
    yield 2
p = plain()
next(p)
try:
    p.throw(ZeroDivisionError("boom"))
except ZeroDivisionError as e:
    print("out:", e)
print(next(p, "finished"))

# a throw that the generator converts into a return value
def converter():
    try:
        yield 1
    except LookupError as e:
        return "converted " + str(e)
c = converter()
next(c)
try:
    c.throw(KeyError("kk"))
except StopIteration as e:
    print(e.value)
