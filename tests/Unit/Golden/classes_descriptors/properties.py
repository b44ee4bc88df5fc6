# property: getter/setter/deleter, decorator chaining, docs, read-only errors, inheritance and override.
class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        """The radius."""
        return self._r

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("negative radius")
        self._r = value

    @radius.deleter
    def radius(self):
        print("deleting radius")
        del self._r

    @property
    def area(self):
        return 3 * self._r ** 2


c = Circle(2)
print(c.radius, c.area)
c.radius = 5
print(c.radius, c.area, Circle.radius.__doc__)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    c.area = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.area
except AttributeError as e:
    print("AttributeError:", e)
del c.radius
print(hasattr(c, "_r"))
try:
    c.radius
except AttributeError as e:
    print("AttributeError:", e)
print(type(Circle.radius).__name__, Circle.radius.fget.__name__, Circle.area.fset)
print(isinstance(Circle.__dict__["radius"], property))


def get_x(self):
    return self.__dict__.get("x", 0) * 10


class Manual:
    x = property(get_x, doc="manual x")
    y = property()


m = Manual()
m.__dict__["x"] = 4
print(m.x, Manual.x.__doc__)
try:
    m.y
except AttributeError as e:
    print("AttributeError:", e)


class Base:
    @property
    def value(self):
        return "base"


class Child(Base):
    @property
    def value(self):
        return "child+" + super().value


print(Child().value)


class Counter:
    count = 0

    @staticmethod
    def helper(x):
        return x * 2

    @classmethod
    def make(cls, n):
        obj = cls()
        cls.count += n
        return obj

    @classmethod
    @property
    def desc(cls):
        return f"class {cls.__name__}"


class SubCounter(Counter):
    pass


print(Counter.helper(3), Counter().helper(4), type(SubCounter.make(2)).__name__, SubCounter.count, Counter.count)
print(Counter.desc, SubCounter.desc)
sm = Counter.__dict__["helper"]
cm = Counter.__dict__["make"]
print(type(sm).__name__, type(cm).__name__, sm.__func__.__name__, cm.__func__.__name__, sm(5))
print(staticmethod(len)("abc"), Counter.make.__self__ is Counter)
