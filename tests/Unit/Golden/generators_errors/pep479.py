# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def g():
    yield 1
    raise StopIteration("leaked")

it = g()
next(it)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    print(e.__context__ is e.__cause__)
print(it.gi_frame)

def uses_next(seq):
    it = iter(seq)
    while True:
        yield next(it)

try:
    print(list(uses_next([1, 2])))
except RuntimeError as e:
    print("RuntimeError:", e)

def subclass_stop():
    class MyStop(StopIteration):
        pass
    raise MyStop
    yield

try:
    next(subclass_stop())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

def caught_inside():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught inside is fine"

print(list(caught_inside()))

# a genexp too
try:
    list(next(iter([])) for _ in range(3))
except RuntimeError as e:
    print("genexp:", e)
