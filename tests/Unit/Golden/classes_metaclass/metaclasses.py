# Metaclasses: metaclass=, __new__/__init__/__call__ on the metaclass, __prepare__, inheritance of
# the metaclass, the most-derived rule and its conflict error, class keywords.
class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kw):
        ns["registered"] = True
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.options = kw

    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def __repr__(cls):
        return f"<registered {cls.__name__}>"


class Base(metaclass=Registry, flag=1):
    def __init__(self, v=0):
        self.v = v


class Child(Base, other=2):
    pass


c = Child(5)
print(c.v, Child.registered, Registry.classes, Base.options, Child.options)
print(type(Child) is Registry, isinstance(Child, Registry), isinstance(Child, type), repr(Child), Child)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name, [b.__name__ for b in bases])
        return {"injected": 42}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.fields = [k for k in ns if not k.startswith("__")]
        return cls


class Model(metaclass=Ordered):
    b = 1
    a = 2

    def method(self):
        pass


print(Model.fields, Model.injected)


class Meta1(type):
    pass


class Meta2(type):
    pass


class A(metaclass=Meta1):
    pass


class B(metaclass=Meta2):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class Meta3(Meta1):
    pass


class D(A, metaclass=Meta3):
    pass


class E(D, A):
    pass


print(type(E).__name__, type(D).__name__)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("init config")


print(Config() is Config(), type.__call__(Config) is Config())
X = Registry("X", (), {"z": 1})
print(X.z, X.registered, type(X).__name__)


class Countable(type):
    def __len__(cls):
        return len(cls.items)

    def __iter__(cls):
        return iter(cls.items)

    def __getitem__(cls, i):
        return cls.items[i]

    def __contains__(cls, x):
        return x in cls.items


class Colors(metaclass=Countable):
    items = ["red", "green"]


print(len(Colors), list(Colors), Colors[1], "red" in Colors, "blue" in Colors)
