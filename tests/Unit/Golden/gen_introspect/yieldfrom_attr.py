# gi_yieldfrom for generators, iterators and custom objects; states of the delegate.

def state(g):
    # what inspect.getgeneratorstate computes, from the public attributes
    if g.gi_running:
        return "GEN_RUNNING"
    if g.gi_suspended:
        return "GEN_SUSPENDED"
    if g.gi_frame is None:
        return "GEN_CLOSED"
    return "GEN_CREATED"

def leaf():
    yield "a"
    yield "b"

def mid():
    yield from leaf()

def top():
    yield from mid()

g = top()
print(g.gi_yieldfrom)
next(g)
m = g.gi_yieldfrom
print(m.__name__, m.gi_yieldfrom.__name__, m.gi_yieldfrom.gi_yieldfrom)
print(state(g), state(m), state(m.gi_yieldfrom))
print(g.gi_frame.f_lineno - top.__code__.co_firstlineno)
next(g)
print(next(g, "end"), g.gi_yieldfrom)

class Custom:
    def __iter__(self):
        return self
    def __next__(self):
        return "c"
def over_custom():
    c = Custom()
    yield from c
o = over_custom()
next(o)
print(type(o.gi_yieldfrom).__name__)

def over_list():
    yield from [1, 2]
o = over_list()
next(o)
print(type(o.gi_yieldfrom).__name__)

def over_range():
    yield from range(2)
o = over_range()
next(o)
print(type(o.gi_yieldfrom).__name__)

# the delegate while the inner generator runs: gi_running is True on the inner one
def inner():
    # while the delegate runs, the outer generator is running and not paused in a yield from
    print("outer running:", outer_gen.gi_running, "yieldfrom:", outer_gen.gi_yieldfrom)
    yield 1
def outer():
    yield from inner()
outer_gen = outer()
next(outer_gen)
print(outer_gen.gi_running, outer_gen.gi_yieldfrom.gi_running)

# after a throw handled by the delegate, gi_yieldfrom is still the delegate
def handler():
    while True:
        try:
            yield
        except ValueError:
            print("handled in leaf")
def wrap():
    yield from handler()
w = wrap()
next(w)
w.throw(ValueError)
print(w.gi_yieldfrom.__name__)
w.close()
print(w.gi_yieldfrom)
