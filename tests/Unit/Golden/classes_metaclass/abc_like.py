# An abstract-base-class pattern built with a metaclass and __abstractmethods__, as abc does:
# instantiation errors name the missing methods; concrete subclasses work.
def abstract(f):
    f.__isabstractmethod__ = True
    return f


class AbstractMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        missing = {k for k, v in ns.items() if getattr(v, "__isabstractmethod__", False)}
        for base in bases:
            for k in getattr(base, "__abstractmethods__", ()):
                if getattr(getattr(cls, k, None), "__isabstractmethod__", False):
                    missing.add(k)
        cls.__abstractmethods__ = frozenset(missing)
        return cls


class Shape(metaclass=AbstractMeta):
    @abstract
    def area(self):
        ...

    @abstract
    def name(self):
        ...

    def describe(self):
        return f"{self.name()} with area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 0


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
Half.name = lambda self: "half"
Half.__abstractmethods__ = frozenset()
print(Half().describe())
