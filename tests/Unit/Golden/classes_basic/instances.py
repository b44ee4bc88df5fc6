# Plain classes: instance and class attributes, methods, __init__, __dict__, repr defaults.
class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def move(self, dx, dy=0):
        self.x += dx
        self.y += dy
        return self


p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
print(p.move(1).x, p.move(0, dy=2).y)
print(sorted(p.__dict__.items()))
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(type(p) is Point, type(p).__name__, p.__class__ is Point)
print(repr(p).startswith("<__main__.Point object at 0x"))
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
Point.dims = 5
print(p.dims, Point(0).dims)
print(Point.norm2(p))
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
print(vars(p) == p.__dict__)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
print(getattr(p, "x"), getattr(p, "zz", "default"), hasattr(p, "y"), hasattr(p, "zz"))
setattr(p, "z", 9)
print(p.z)
delattr(p, "z")
print(hasattr(p, "z"))


class Empty:
    pass


e = Empty()
print(Empty.__doc__, e.__dict__, Empty.__bases__, Empty.__mro__)
try:
    Empty(1)
except TypeError as ex:
    print("TypeError:", ex)
e.a = 1
print(e.__dict__)
