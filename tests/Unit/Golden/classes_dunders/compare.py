# Rich comparisons: reflection, NotImplemented, __ne__ from __eq__, unhashable with __eq__, sorting.
class Money:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.v == o.v

    def __lt__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.v < o.v

    def __repr__(self):
        return f"${self.v}"


a, b = Money(1), Money(2)
print(a == Money(1), a != Money(1), a != b, a < b, b > a, a == 1, a != 1)
print(sorted([Money(3), Money(1), Money(2)]), max(a, b), min([b, a]))
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
print(Money.__hash__)
try:
    {a}
except TypeError as e:
    print("TypeError:", e)


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k

    def __hash__(self):
        return hash(self.k)


d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d, len({Key(1), Key(1), Key(2)}))


class Plain:
    pass


p = Plain()
print(p == p, p != p, p == Plain(), hash(p) == hash(p))


class Left:
    def __eq__(self, o):
        print("Left.__eq__")
        return NotImplemented


class Right:
    def __eq__(self, o):
        print("Right.__eq__")
        return True


print(Left() == Right())
print(Right() == Left())


class Sub(Left):
    def __eq__(self, o):
        print("Sub.__eq__")
        return "sub"


print(Left() == Sub())


def total_ordering(cls):
    cls.__le__ = lambda self, o: self < o or self == o
    cls.__gt__ = lambda self, o: not (self < o or self == o)
    cls.__ge__ = lambda self, o: not self < o
    return cls


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts


print(Version(1, 2) <= Version(1, 3), Version(2) >= Version(1, 9), Version(1) > Version(1))
