import dataclasses
from dataclasses import dataclass, field, make_dataclass, asdict, astuple, fields, replace

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list, metadata={"unit": "none"})
i = Item("pen", 1.5, ["office"])
print(asdict(i, dict_factory=lambda pairs: sorted(pairs)), astuple(i, tuple_factory=list))
f = fields(Item)[2]
print(f.name, f.type, f.default is dataclasses.MISSING, f.default_factory, f.metadata["unit"], f.init, f.repr, f.compare, f.hash, f.kw_only)
Point = make_dataclass("Point", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
p = Point(3, -4)
print(p, p.norm(), Point.__name__, [f.name for f in fields(Point)], Point(1) == Point(1, 0))
Frozen = make_dataclass("Frozen", ["a", "b"], frozen=True, order=True)
print(Frozen(1, 2) < Frozen(1, 3), Frozen(1, 2))

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(replace(tree, value=10).children is tree.children)

match Point(0, 5):
    case Point(0, y):
        print("on y axis at", y)

@dataclass
class WithSelf:
    self: int
    other: int = 2
print(WithSelf(1), WithSelf(self=3))

@dataclass(repr=False, eq=False)
class Plain:
    v: int = 0
print(Plain(1) == Plain(1), Plain.__eq__ is object.__eq__)

@dataclass
class Defaults:
    a: int = 1
    b: str = "x"
    c: tuple = (1, 2)
print(Defaults(), Defaults.a, Defaults.c, Defaults.__init__.__defaults__)
@dataclass
class NoFieldAnno:
    x: int = field(default=5, init=False)
    y: int = 1
n = NoFieldAnno(7)
print(n, NoFieldAnno.__match_args__)
try:
    replace(n, x=3)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Orphan:
        z = field(default=1)
except TypeError as e:
    print("TypeError:", e)
print(dataclasses.is_dataclass(Item), dataclasses.is_dataclass(i), repr(dataclasses.MISSING)[:30])
