from enum import Enum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED))
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.CRIMSON)
print(Color(2), Color['BLUE'], Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN)
print(Color.__members__)
print(repr(Color), Color.__name__, isinstance(Color.RED, Color), f"{Color.GREEN}", format(Color.BLUE, ">12"))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print({Color.RED: 'r', Color.GREEN: 'g'}[Color.CRIMSON], Color.RED == 1, hash(Color.RED) == hash(Color.RED))
for m in Color:
    print(m.name, m.value, end="; ")
print()
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    def describe(self):
        return f"{self.name.lower()} #{self.value}"
    @classmethod
    def default(cls):
        return cls.CIRCLE
print(Shape.SQUARE.describe(), Shape.default(), [s.value for s in Shape])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)
try:
    class Again(Enum):
        X = 1
        X = 2
except TypeError as e:
    print("TypeError:", e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
class WithMissing(Enum):
    A = "a"
    @classmethod
    def _missing_(cls, value):
        return cls.A if str(value).lower() == "a" else None
print(WithMissing("A"), WithMissing("a"))
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green matched")
