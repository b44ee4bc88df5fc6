from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), list(p))
x, y = p
print(x + y, p == (11, 22), isinstance(p, tuple), hash(p) == hash((11, 22)))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.__name__)
print(Point._make([1, 2]), p._asdict(), p._replace(x=100))
print(repr(Point.x.__doc__), Point.__new__.__doc__)
P3 = namedtuple('P3', 'a b c', defaults=[2, 3])
print(P3(1), P3(1, 5), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', 'a, def, a, _b', rename=True)
print(R._fields, R(1, 2, 3, 4))
S = namedtuple('S', 'only')
print(S(5), S.__doc__)
for bad in [('Bad', ['a', 'a']), ('Bad', ['_x']), ('Bad', ['class']), ('Bad', ['1x']), ('1Bad', ['a'])]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    namedtuple('T', 'a b', defaults=[1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(z=3)
except ValueError as e:
    print("ValueError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point.__module__, type(p).__mro__)
class Point3(namedtuple('Point3', 'x y z')):
    __slots__ = ()
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return f"<{self.x},{self.y},{self.z}>"
q = Point3(1, -2, 3)
print(q, repr(q), q.norm1, q._replace(z=0))
print(Point(*range(2)), Point(**{'x': 1, 'y': 9}), p.count(11), p.index(22))
match p:
    case Point(a, b):
        print("matched", a, b)
