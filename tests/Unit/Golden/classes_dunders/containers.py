# Container dunders: __len__, __getitem__ (ints and slices), __setitem__, __delitem__, __contains__,
# __iter__/__next__, the old sequence iteration protocol, __reversed__, truth from __len__/__bool__.
class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        if key not in self.cells:
            raise KeyError(key)
        return self.cells[key]

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __len__(self):
        return len(self.cells)

    def __contains__(self, key):
        return key in self.cells

    def __iter__(self):
        return iter(sorted(self.cells))


g = Grid()
g[0, 1] = "a"
g[2, 3] = "b"
print(len(g), g[0, 1], (2, 3) in g, (9, 9) in g, list(g), bool(g))
del g[0, 1]
print(len(g), list(g))
try:
    g[5, 5]
except KeyError as e:
    print("KeyError:", e)
del g[2, 3]
print(bool(g), "empty" if not g else "full")


class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("out of range")
        return i * i


s = Squares(5)
print(list(s), s[1:4], s[::2], s[-1], 9 in s, 10 in s, sorted(s, reverse=True))
a, b, *rest = s
print(a, b, rest)


class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), sum(Countdown(4)), [x * 2 for x in Countdown(2)])
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))


class Rev:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __reversed__(self):
        return iter(self.items[::-1] + ["!"])


print(list(reversed(Rev([1, 2, 3]))))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i


print(list(reversed(Seq())))


class Falsy:
    def __bool__(self):
        return False


class Sized:
    def __len__(self):
        return 0


print(bool(Falsy()), bool(Sized()), not Falsy(), "yes" if Sized() else "no")


class BadLen:
    def __len__(self):
        return -1


class BadBool:
    def __bool__(self):
        return 1


for bad in (BadLen(), BadBool()):
    try:
        bool(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(Falsy())
except TypeError as e:
    print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
