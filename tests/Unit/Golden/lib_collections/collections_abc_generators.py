from collections.abc import Generator, Iterator, Iterable, Callable, Sized, Container

def gen():
    x = yield 1
    yield x

g = gen()
print(isinstance(g, Generator), isinstance(g, Iterator), isinstance(g, Iterable), isinstance(iter([]), Generator))
print(next(g), g.send("sent"), issubclass(type(g), Generator))

class Countdown(Generator):
    def __init__(self, n): self.n = n
    def send(self, value):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
    def throw(self, typ, val=None, tb=None):
        raise StopIteration
c = Countdown(3)
print(list(c), isinstance(c, Iterator))
c2 = Countdown(5)
print(next(c2), c2.close(), next(c2, "after close"))
class Bag:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __contains__(self, x): return x in self.items
print(isinstance(Bag(), Sized), isinstance(Bag(), Container), isinstance(Bag(), Iterable))
