# return values travel in StopIteration.value; PEP 479 turns escaping StopIteration into RuntimeError.
def ret(v):
    yield 1
    return v

for v in (None, 0, "s", (1, 2), [3], StopIteration("inner")):
    g = ret(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args == ((v,) if v is not None else ()))

# a tuple return value stays one value
g = ret((1, 2))
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)

# PEP 479
def leaks():
    yield 1
    raise StopIteration("leak")
g = leaks()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

def leaks_via_next():
    it = iter([])
    yield next(it)
try:
    list(leaks_via_next())
except RuntimeError as e:
    print(e)

# a subclass of StopIteration is converted too
class MyStop(StopIteration):
    pass
def leaks_sub():
    raise MyStop
    yield
try:
    next(leaks_sub())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

# StopIteration caught inside the generator is fine
def catches():
    try:
        next(iter(()))
    except StopIteration:
        yield "caught inside"
print(list(catches()))

# StopAsyncIteration is not converted
def async_stop():
    yield 1
    raise StopAsyncIteration("sa")
try:
    list(async_stop())
except StopAsyncIteration as e:
    print("StopAsyncIteration", e)

# throw(StopIteration) into a generator: converted as well
def waits():
    yield 1
g = waits()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("throw:", e)
