# collections.abc.Generator: generators are instances, a class-based Generator gets close/__next__
# from the ABC and works with yield from, structural subclass checks.
from collections.abc import Generator, Iterator, Iterable, Coroutine, Awaitable
import collections.abc as cabc
def g():
    yield 1
gen = g()
print(isinstance(gen, Generator), isinstance(gen, Iterator), isinstance(gen, Iterable), isinstance(gen, Coroutine))
print(issubclass(type(gen), Generator), isinstance(iter([]), Generator), isinstance((x for x in []), Generator))

class Countdown(Generator):
    """A Generator written as a class: send/throw are abstract, close/__next__/__iter__ come from the ABC."""
    def __init__(self, n):
        self.n = n
    def send(self, value):
        if value is not None:
            self.n = value
        if self.n <= 0:
            raise StopIteration("finished")
        self.n -= 1
        return self.n + 1
    def throw(self, typ, val=None, tb=None):
        if val is None:
            val = typ() if isinstance(typ, type) else typ
        print("throw got", repr(val))
        raise val
c = Countdown(3)
print(next(c), c.send(None), c.send(10), list(c)[:3])
c2 = Countdown(2)
print(c2.close())
try:
    Countdown(1).throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
def deleg():
    r = yield from Countdown(2)
    print("returned", r)
print(list(deleg()))
try:
    class Incomplete(Generator):
        def send(self, v): return v
    Incomplete()
except TypeError as e:
    print(e)
print(sorted(Generator.__abstractmethods__))
class Reg:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass
print(isinstance(Reg(), Generator), issubclass(Reg, Generator))
