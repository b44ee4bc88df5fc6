# Building classes at run time: type(name, bases, ns), functions added to the namespace, closures
# in class bodies, class factories, __name__/__qualname__ assignment, __bases__ reassignment.
def make_class(name, fields):
    def __init__(self, *values):
        for f, v in zip(fields, values):
            setattr(self, f, v)

    def __repr__(self):
        return f"{name}(" + ", ".join([f"{f}={getattr(self, f)!r}" for f in fields]) + ")"

    return type(name, (), {"__init__": __init__, "__repr__": __repr__, "fields": tuple(fields)})


Pt = make_class("Pt", ["x", "y"])
print(Pt(1, 2), Pt.fields, Pt.__name__, Pt.__qualname__, Pt.__module__)
Pt.__name__ = "Point"
Pt.__qualname__ = "geo.Point"
print(Pt.__name__, Pt.__qualname__, repr(Pt))
try:
    Pt.__name__ = 5
except TypeError as e:
    print("TypeError:", e)


def counter_class(start):
    class Counter:
        value = start

        def bump(self):
            Counter.value += 1
            return Counter.value
    return Counter


C1, C2 = counter_class(10), counter_class(100)
print(C1().bump(), C1().bump(), C2().bump(), C1 is C2, C1.__qualname__)


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class C(A):
    pass


c = C()
print(c.who(), C.__bases__)
C.__bases__ = (B,)
print(c.who(), C.__bases__, [k.__name__ for k in C.__mro__], isinstance(c, A), isinstance(c, B))
try:
    C.__bases__ = ()
except TypeError as e:
    print("TypeError:", e)
try:
    B.__bases__ = (C,)
except TypeError as e:
    print("TypeError:", e)
ns = {}
exec("class FromExec:\n    x = 1\n", ns)
print(ns["FromExec"].x, ns["FromExec"].__module__)
