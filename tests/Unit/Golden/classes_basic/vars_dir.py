# vars() and dir() on instances, classes and modules-like objects; __dict__ manipulation.
class Base:
    base_attr = 1

    def base_method(self):
        pass


class Thing(Base):
    cls_attr = 2

    def __init__(self):
        self.inst = 3


t = Thing()
print(vars(t), sorted([k for k in vars(Thing) if not k.startswith("__")]))
names = dir(t)
print([n for n in names if not n.startswith("__")], names == sorted(names))
print("__init__" in dir(Thing), "__class__" in dir(t), "inst" in dir(Thing))
t.__dict__["late"] = 4
print(t.late, vars(t))
t.__dict__.clear()
print(vars(t), hasattr(t, "inst"))
t.__dict__ = {"fresh": 5}
print(t.fresh)
try:
    t.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("a",)


try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir(Slotted()) if not n.startswith("__")])
print(dir(Thing) == sorted(set(dir(Thing))), len(dir(object)) < len(dir(Thing)))
