# Structural pattern matching over a small class hierarchy: nested class patterns, guards using
# methods, OR-patterns of classes, capture with `as`, and dispatch on exception instances.
class Shape:
    pass


class Circle(Shape):
    __match_args__ = ("r",)

    def __init__(self, r):
        self.r = r


class Rect(Shape):
    __match_args__ = ("w", "h")

    def __init__(self, w, h):
        self.w, self.h = w, h

    def is_square(self):
        return self.w == self.h


class Group(Shape):
    __match_args__ = ("items",)

    def __init__(self, *items):
        self.items = list(items)


def area(s):
    match s:
        case Circle(r=0) | Rect(0, _) | Rect(_, 0):
            return 0
        case Circle(r):
            return round(3.14159 * r * r, 2)
        case Rect(w, h) as sq if sq.is_square():
            return f"square {w * h}"
        case Rect(w, h):
            return w * h
        case Group([]):
            return "empty group"
        case Group([Circle() as only]):
            return f"one circle {area(only)}"
        case Group(items):
            return sum([a for a in map(area, items) if isinstance(a, (int, float))])
        case _:
            raise TypeError(f"not a shape: {s!r}")


for s in [Circle(0), Circle(2), Rect(3, 3), Rect(2, 5), Rect(0, 9), Group(), Group(Circle(1)),
          Group(Rect(1, 2), Circle(1), Rect(2, 2))]:
    print(type(s).__name__, area(s))
try:
    area(5)
except TypeError as e:
    print("TypeError:", e)


def describe(exc):
    match exc:
        case KeyError(key):
            return f"missing key {key!r}"
        case ValueError(msg) if "int" in msg:
            return "bad int"
        case OSError(errno=2):
            return "no such file"
        case ArithmeticError() as e:
            return f"math: {type(e).__name__}"
        case Exception(*args):
            return f"other {args}"


for e in [KeyError("k"), ValueError("invalid literal for int()"), ZeroDivisionError("x"),
          FileNotFoundError(2, "nope"), RuntimeError(1, 2)]:
    print(describe(e))
