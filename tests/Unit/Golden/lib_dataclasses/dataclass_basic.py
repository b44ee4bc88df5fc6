from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(Point.__doc__, [f.name for f in fields(Point)], [f.type for f in fields(p)])
print(asdict(p), astuple(p), replace(p, y=10), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__match_args__, Point.__hash__)
p.x = 100
print(p)

@dataclass
class Inventory:
    name: str
    tags: list = field(default_factory=list)
    count: int = field(default=1, repr=False)
    secret: str = field(default="s", compare=False)
a = Inventory("apple")
b = Inventory("apple")
a.tags.append("red")
print(a, b, a.tags is b.tags, a == b, Inventory("x", ["t"], 3))
b.tags.append("red"); b.secret = "other"
print(a == b)

@dataclass
class Base:
    x: int
    y: str = "y"
@dataclass
class Derived(Base):
    z: float = 1.5
    x: int = 7
print(Derived(), Derived(1, "a", 2.0), [f.name for f in fields(Derived)])

@dataclass
class Nested:
    p: Point
    items: list
n = Nested(Point(1, 2), [Point(3, 4), {"k": Point(5, 6)}])
print(asdict(n))
print(astuple(n))

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Point)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(p, z=1)
except TypeError as e:
    print("TypeError:", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
