from functools import partial, partialmethod, cached_property, reduce, cmp_to_key

p = partial(int, base=2)
print(p("1010"), p.func, p.args, p.keywords)
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), add3(c=10) if False else add3(10))
print(reduce(lambda x, y: x * y, range(1, 6)), reduce(lambda x, y: x + y, [], 7))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))

class Cell:
    def __init__(self): self._alive = False
    def set_state(self, state): self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive(); print(c._alive)
c.set_dead(); print(c._alive)

class Data:
    def __init__(self, values): self.values = values
    @cached_property
    def total(self):
        print("computing total")
        return sum(self.values)
d = Data([1, 2, 3])
print(d.total, d.total, 'total' in d.__dict__)
del d.total
print(d.total)
print(type(Data.total).__name__, Data.total.attrname)
class Slotted:
    __slots__ = ('x',)
    @cached_property
    def val(self): return 1
try:
    Slotted().val
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice:
        cp = cached_property(lambda self: 1)
        other = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
