# __new__ and __init__: order, arguments, returning other objects, errors for extra arguments.
class Traced:
    def __new__(cls, *args, **kwargs):
        print("new", cls.__name__, args, kwargs)
        return super().__new__(cls)

    def __init__(self, a, b=2):
        print("init", a, b)
        self.a, self.b = a, b


t = Traced(1, b=3)
print(t.a, t.b)


class Cached:
    _cache = {}

    def __new__(cls, key):
        if key not in cls._cache:
            inst = super().__new__(cls)
            inst.key = key
            cls._cache[key] = inst
        return cls._cache[key]


print(Cached("a") is Cached("a"), Cached("a") is Cached("b"))


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called")


print(NotMine())


class OnlyNew:
    def __new__(cls, value):
        obj = object.__new__(cls)
        obj.value = value
        return obj


print(OnlyNew(9).value)


class OnlyInit:
    def __init__(self):
        pass


for call in (lambda: OnlyInit(1), lambda: OnlyNew(), lambda: object.__new__(OnlyInit, 1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class SuperInitArgs:
    def __init__(self, x):
        super().__init__(x)


try:
    SuperInitArgs(1)
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init__(self):
        self.log = ["base"]


class Mixin:
    def __init__(self):
        super().__init__()
        self.log.append("mixin")


class Final(Mixin, Base):
    def __init__(self):
        super().__init__()
        self.log.append("final")


print(Final().log)
