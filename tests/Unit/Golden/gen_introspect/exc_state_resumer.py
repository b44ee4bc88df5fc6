# sys.exc_info() inside generators: the generator's handled exception is saved across yields and
# does not leak into the caller; the caller's exception is visible inside an unstarted generator body.
import sys

def name():
    e = sys.exc_info()[1]
    return None if e is None else repr(e)

def gen():
    print("gen start sees", name())
    try:
        raise KeyError("in gen")
    except KeyError:
        print("gen handler sees", name())
        yield 1
        print("gen handler after resume sees", name())
        yield 2
    print("gen after handler sees", name())
    yield 3

g = gen()
try:
    raise ValueError("caller")
except ValueError:
    print(next(g))
    print("caller sees", name())
print("caller outside sees", name())
print(next(g))
try:
    raise TypeError("other caller")
except TypeError:
    print(next(g))
    print("caller still sees", name())

