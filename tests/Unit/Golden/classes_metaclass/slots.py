# __slots__: member descriptors, no __dict__, inheritance, __dict__/__weakref__ in slots, errors.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), type(P.x).__name__, P.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)


class Q(P):
    pass


q = Q(1, 2)
q.z = 3
print(q.__dict__, q.x)


class R(P):
    __slots__ = ("w", "__dict__")


r = R(5, 6)
r.w = 7
r.extra = 8
print(r.x, r.w, r.__dict__)


class S:
    __slots__ = "only"


s = S()
s.only = 1
print(s.only, S.__slots__)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)


class A1:
    __slots__ = ("a",)


class B1:
    __slots__ = ("b",)


try:
    class C1(A1, B1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Private:
    __slots__ = ("__secret",)

    def __init__(self):
        self.__secret = 1

    def get(self):
        return self.__secret


print(Private().get(), [n for n in dir(Private) if "secret" in n])
try:
    class Bad:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)
