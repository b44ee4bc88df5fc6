# list subclasses: a typed list validating appends, a list with a custom __contains__ and
# __iter__, slicing and sorting of subclasses, list methods returning plain lists.
class IntList(list):
    def __init__(self, items=()):
        super().__init__()
        for x in items:
            self.append(x)

    def append(self, x):
        if not isinstance(x, int):
            raise TypeError(f"expected int, got {type(x).__name__}")
        super().append(x)


il = IntList([3, 1, 2])
il.append(5)
print(il, len(il), il[::-1], type(il[1:]).__name__, sorted(il), il.index(5), il.count(1))
try:
    il.append("x")
except TypeError as e:
    print("TypeError:", e)
il.sort()
print(il, type(il).__name__, il * 2, il + IntList([9]), type(il * 2).__name__)


class Ring(list):
    def __getitem__(self, i):
        if isinstance(i, int):
            return super().__getitem__(i % len(self))
        return super().__getitem__(i)

    def __contains__(self, x):
        return super().__contains__(x % 10)


ring = Ring([0, 1, 2])
print(ring[4], ring[-1], ring[0:2], 12 in ring, 15 in ring, list(ring), [x for x in ring])


class Evens(list):
    def __iter__(self):
        return iter([x for x in super().__iter__() if x % 2 == 0])


ev = Evens([1, 2, 3, 4])
print(list(ev), [x for x in ev], len(ev), sum(ev), ev)
