# match statements on user classes: positional patterns via __match_args__, keyword patterns,
# builtin self-matching types, sequence and mapping patterns on subclasses, errors.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "origin3"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point3(z=z) if z > 0:
            return f"above, z={z}"
        case Point():
            return "somewhere"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case [Point(), *rest]:
            return f"points list, {len(rest)} more"
        case {"kind": kind, **others}:
            return f"mapping kind={kind} others={sorted(others)}"
        case _:
            return "unknown"


for value in [Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point(3, 0), Point3(1, 2, 3), Point(1, 1),
              7, 2.5, "hi", [Point(1, 2), 3, 4], {"kind": "k", "a": 1}, None]:
    print(where(value))


class MyList(list):
    pass


class MyDict(dict):
    pass


match MyList([1, 2, 3]):
    case [a, b, c]:
        print("seq", a, b, c)
match MyDict(k=1):
    case {"k": v}:
        print("map", v)


class MyInt(int):
    pass


match MyInt(5):
    case int(v):
        print("int subclass", v, type(v).__name__)


class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)


class BadArgs:
    __match_args__ = ["x"]


try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print("TypeError:", e)
