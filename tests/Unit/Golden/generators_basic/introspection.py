# gi_frame, gi_running, gi_suspended, gi_code, __name__, __qualname__, repr.
import sys

def g():
    print("running inside:", me.gi_running, me.gi_suspended)
    x = 1
    yield x
    x = 2
    yield x

me = g()
print(me.gi_running, me.gi_suspended, me.gi_frame is not None)
print(me.gi_code.co_name, me.__name__, me.__qualname__)
line0 = me.gi_frame.f_lineno
next(me)
line1 = me.gi_frame.f_lineno
next(me)
line2 = me.gi_frame.f_lineno
print(line0, line1, line2)
print(me.gi_frame.f_locals)
print(me.gi_suspended, me.gi_running)
print(me.gi_frame.f_back)
print(list(me))
print(me.gi_frame, me.gi_suspended)

class C:
    def method(self):
        yield self

print(C().method().__qualname__)
def outer():
    def inner():
        yield 1
    return inner()
print(outer().__qualname__)
r = repr(outer())
print(r.startswith("<generator object outer.<locals>.inner at 0x"), r.endswith(">"))
it = g.__call__ if False else C().method()
it.__name__ = "renamed"
it.__qualname__ = "Q.renamed"
print(it.__name__, it.__qualname__, repr(it).split(" at ")[0])
try:
    it.__name__ = 5
except TypeError as e:
    print(e)

def frame_chain():
    f = sys._getframe()
    yield f.f_code.co_name, f.f_back.f_code.co_name

def caller():
    return next(frame_chain())
print(caller())
print(type(me.gi_frame).__name__ if me.gi_frame else None)
