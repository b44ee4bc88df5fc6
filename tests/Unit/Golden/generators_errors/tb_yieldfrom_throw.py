# An exception thrown through yield from shows both frames.
def inner():
    yield 1

def outer():
    yield from inner()

g = outer()
next(g)
g.throw(KeyError("thrown"))
