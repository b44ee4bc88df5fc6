# yields inside finally and except blocks: the propagating exception resumes after the yield, close()
# of a generator paused in finally, __exit__ receiving thrown exceptions, return/continue in finally.
import sys
def g():
    try:
        yield 1
        raise KeyError("k")
    finally:
        print("in finally, exc:", repr(sys.exc_info()[1]))
        yield "from finally"
        print("after finally yield, exc:", repr(sys.exc_info()[1]))
x = g()
print(next(x))
print(next(x))
try:
    next(x)
except KeyError as e:
    print("KeyError resumes propagating", e)
x = g()
next(x); next(x)
try:
    x.close()
except RuntimeError as e:
    print(e)
# yield inside except while handling, then throw another exception in
def h():
    try:
        raise ValueError("orig")
    except ValueError:
        try:
            yield "handling"
        except TypeError as t:
            print("context of thrown:", repr(t.__context__))
            yield "caught thrown"
y = h()
print(next(y))
print(y.throw(TypeError("thrown")))
# with-statement __exit__ receives exception thrown into the generator
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("__exit__ got", t.__name__ if t else None, v)
        return t is KeyError
def w():
    with CM():
        yield 1
    yield "after with"
z = w(); next(z)
print(z.throw(KeyError("suppressed by __exit__")))
z = w(); next(z)
try:
    z.throw(ValueError("not suppressed"))
except ValueError as e:
    print("propagated", e)
# return inside finally swallowing the thrown exception
def r():
    try:
        yield 1
    finally:
        return "swallowed"
q = r(); next(q)
try:
    q.throw(OSError("x"))
except StopIteration as e:
    print("StopIteration", e.value)
# break/continue in finally inside a generator loop
def loop():
    for i in range(3):
        try:
            yield i
            raise ValueError(i)
        finally:
            continue
    yield "done"
print(list(loop()))
