# __instancecheck__ / __subclasscheck__ on metaclasses (duck-typed interfaces), isinstance with
# tuples and nested tuples, and issubclass with non-type classes exposing __bases__.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all([hasattr(obj, m) for m in cls.required])

    def __subclasscheck__(cls, sub):
        return all([hasattr(sub, m) for m in cls.required])


class Quacker(metaclass=DuckMeta):
    required = ("quack",)


class Duck:
    def quack(self):
        return "quack"


class Robot:
    pass


print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker), issubclass(Duck, Quacker), issubclass(Robot, Quacker))
print(isinstance(Duck(), (int, Quacker)), isinstance(3, (str, (bytes, (int,)))), isinstance(3, ()))


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class EvenNumber(metaclass=Even):
    pass


print([x for x in range(6) if isinstance(x, EvenNumber)])


class FakeClass:
    __bases__ = ()


class FakeSub:
    def __init__(self, base):
        self.__bases__ = (base,)


fc = FakeClass()
print(issubclass(FakeSub(fc), fc), issubclass(FakeSub(FakeClass()), fc))
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(3, "int")
except TypeError as e:
    print("TypeError:", e)


class Liar:
    @property
    def __class__(self):
        return int


print(isinstance(Liar(), int), isinstance(Liar(), Liar), type(Liar()).__name__)
