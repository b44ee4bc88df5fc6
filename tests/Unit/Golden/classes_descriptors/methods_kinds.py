# Instance, class and static methods: binding on instances, classes and subclasses; alternate
# constructors; calling through super(); classmethod wrapping a property (3.11).
class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))

    @staticmethod
    def valid(d):
        return d > -273.15

    def describe(self):
        return f"{self.degrees}{self.scale} valid={self.valid(self.degrees)}"


class Kelvin(Temperature):
    scale = "K"

    @classmethod
    def from_f(cls, f):
        t = super().from_f(f)
        t.degrees = round(t.degrees + 273.15, 2)
        return t


print(Temperature.from_f(212).describe(), Kelvin.from_f(32).describe(), type(Kelvin.from_f(0)).__name__)
print(Temperature.valid(-300), Kelvin(1).valid(5), Temperature.from_f.__self__ is Temperature, Kelvin.from_f.__self__ is Kelvin)
bound = Kelvin(3).from_f
print(bound(50).describe(), type(Temperature.__dict__["valid"]).__name__)


class Reg:
    items = []

    @classmethod
    def add(cls, x):
        cls.items = cls.items + [x]
        return cls


class SubReg(Reg):
    pass


SubReg.add(1)
Reg.add(2)
print(Reg.items, SubReg.items)
print(staticmethod(abs)(-3), classmethod(lambda c: c.__name__).__get__(None, Reg)())
sm = staticmethod(lambda: "hi")
print(sm(), sm.__wrapped__(), isinstance(sm, staticmethod))


class Tools:
    @staticmethod
    def helper():
        return "helper"

    def use(self):
        return self.helper() + "/" + Tools.helper()


print(Tools().use())
