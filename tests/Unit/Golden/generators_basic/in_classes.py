# Generator methods: __iter__ written as a generator, generator properties and static methods.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def evens(self):
        return (n for n in self if n % 2 == 0)
    @staticmethod
    def squares(n):
        for i in range(n):
            yield i * i
    @classmethod
    def names(cls):
        yield cls.__name__
        yield from (c.__name__ for c in cls.__mro__[1:])

c = Countdown(5)
print(list(c), list(c))
print(list(c.evens()))
print(list(Countdown.squares(4)))
print(list(Countdown.names()))
print(3 in c, 9 in c)
print(sorted(c), max(c), sum(c))
a, *b = Countdown(3)
print(a, b)

class Sub(Countdown):
    def __iter__(self):
        yield "sub start"
        yield from super().__iter__()

print(list(Sub(2)))
print(list(Sub.names()))

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        for row in self.rows:
            yield from row
    def __contains__(self, v):
        return any(x == v for x in self)

m = Matrix([[1, 2], [3, 4]])
print(list(m), 4 in m, 5 in m, dict(zip(m, "abcd")))
