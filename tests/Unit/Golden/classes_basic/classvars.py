# Class bodies: names, nested classes, qualname, comprehension scopes, __class__ cell, class decorators.
def deco(cls):
    cls.decorated = True
    return cls


@deco
class Outer:
    x = 10
    y = x * 2
    items = [i * 2 for i in range(3)]

    class Inner:
        def method(self):
            return __class__.__qualname__

    def get_class(self):
        return __class__

    def __repr__(self):
        return f"Outer(x={self.x})"


o = Outer()
print(Outer.y, Outer.items, Outer.decorated)
print(Outer.Inner.__qualname__, Outer.Inner().method(), Outer.Inner.method.__qualname__)
print(o.get_class() is Outer, repr(o), str(o), f"{o!r}")
print([o])


def make():
    class Local:
        pass
    return Local


L = make()
print(L.__qualname__, L.__name__)
T = type("T", (Outer,), {"z": 3, "f": lambda self: self.z + self.x})
t = T()
print(T.__name__, T.__module__, t.f(), t.y, isinstance(t, Outer), T.__bases__)
print(type(T), type(Outer), type(type), type(object))
print(type(3), type("s") is str)
try:
    type("X", (), {}, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", 5, {})
except TypeError as e:
    print("TypeError:", e)
