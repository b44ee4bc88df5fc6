# gi_yieldfrom names the object a paused yield from delegates to.
def inner():
    yield 1
    yield 2

def outer():
    yield 0
    yield from inner()
    yield 3

g = outer()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom)
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
print(g.gi_yieldfrom.gi_running, g.gi_yieldfrom.gi_suspended)
next(g)
next(g)
print(g.gi_yieldfrom)

def delegate_list():
    yield from [1, 2]

d = delegate_list()
next(d)
print(type(d.gi_yieldfrom).__name__)
