# User descriptors: __get__/__set__/__delete__, __set_name__, data vs non-data precedence,
# instance dict shadowing, descriptors on the class accessed through the class.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)


class Rec:
    a = Typed()
    b = Typed()

    def __init__(self, a, b):
        self.a = a
        self.b = b


r = Rec(1, 2)
print(r.a, r.b, sorted(r.__dict__))
try:
    r.a = "x"
except TypeError as e:
    print("TypeError:", e)
r.__dict__["a"] = 99
print(r.a)
del r.b
print(r.b, type(Rec.a).__name__)


class NonData:
    def __get__(self, obj, objtype=None):
        return f"computed for {objtype.__name__}"


class Holder:
    attr = NonData()


h = Holder()
print(h.attr, Holder.attr)
h.attr = "shadowed"
print(h.attr)
del h.attr
print(h.attr)


class Bound:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)


class UsesBound:
    @Bound
    def greet(self, who):
        return f"hi {who}"


print(UsesBound().greet("bob"))


class Err:
    def __set_name__(self, owner, name):
        raise ValueError("nope")


try:
    class Broken:
        e = Err()
except RuntimeError as ex:
    print("RuntimeError:", ex, "| cause:", repr(ex.__cause__))


class Class:
    x = 1


Class.x = 2
obj = Class()
print(obj.x)
Class.x = 3
print(obj.x)
del Class.x
print(hasattr(obj, "x"))
try:
    del Class.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.foo = 1
except TypeError as e:
    print("TypeError:", e)
