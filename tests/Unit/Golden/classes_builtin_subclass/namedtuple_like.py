# A namedtuple-like class built on tuple.__new__ with properties, _replace, _asdict, __match_args__,
# equality and hashing as tuples, unpacking and sorting.
class Point(tuple):
    __slots__ = ()
    _fields = ("x", "y")
    __match_args__ = ("x", "y")

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    x = property(lambda self: self[0])
    y = property(lambda self: self[1])

    def _replace(self, **kw):
        return type(self)(kw.get("x", self.x), kw.get("y", self.y))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"


p = Point(1, 2)
print(p, p.x, p.y, p == (1, 2), p._replace(y=5), p._asdict(), hash(p) == hash((1, 2)))
x, y = p
print(x, y, len(p), list(p), p[0], p[-1], p.count(1), p.index(2), p + (3,))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
match p:
    case Point(1, yy):
        print("matched y", yy)
d = {p: "pt"}
print(d[(1, 2)], isinstance(p, tuple), tuple(p), type(tuple(p)).__name__)
