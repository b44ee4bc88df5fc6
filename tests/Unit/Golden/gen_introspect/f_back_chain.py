# sys._getframe() inside a generator: f_back is the frame that resumed it, changing per resume.
import sys

def names(frame, n=4):
    out = []
    while frame is not None and len(out) < n:
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out

def gen():
    while True:
        yield names(sys._getframe())

g = gen()
def first_caller():
    return next(g)
def second_caller():
    return g.send(None)
def third():
    return second_caller()
print(first_caller())
print(second_caller())
print(third())
print(next(g))
print(g.gi_frame.f_back)

# nested generators: the chain goes through each generator's frame
def inner():
    yield names(sys._getframe(), 6)
def middle():
    yield from inner()
def outer():
    for v in middle():
        yield v
def driver():
    return list(outer())
print(driver())

# f_back of a generator frame seen from a genexp
def via_genexp():
    return list(names(sys._getframe(), 3) for _ in range(1))
print(via_genexp())

# f_back inside a generator driven by a builtin consumer
def consumed():
    yield names(sys._getframe(), 3)
def use_sorted():
    return sorted(consumed())
print(use_sorted())

# sys._getframe(1) inside a generator is the resumer
def who():
    while True:
        yield sys._getframe(1).f_code.co_name
w = who()
def alpha():
    return next(w)
def beta():
    return next(w)
print(alpha(), beta(), next(w))
