# The generator's frame while it runs: f_back is the resumer, sys._getframe sees it.
import sys

def gen():
    while True:
        f = sys._getframe()
        yield f.f_back.f_code.co_name, f is g.gi_frame, f.f_code.co_name

def first():
    return next(g)

def second():
    return g.send(None)

g = gen()
print(first())
print(second())
print(next(g))
print(g.gi_frame.f_back)

def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n

def measure():
    yield depth()

def call_measure():
    return next(measure())

print(depth() + 2 == call_measure())

def locals_gen(a):
    b = a * 2
    yield
    c = b + 1
    yield

lg = locals_gen(5)
next(lg)
print(sorted(lg.gi_frame.f_locals.items()))
next(lg)
print(sorted(lg.gi_frame.f_locals.items()))
