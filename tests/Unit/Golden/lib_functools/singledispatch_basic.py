from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence

@singledispatch
def describe(obj):
    return f"object {obj!r}"

@describe.register
def _(obj: int):
    return f"int {obj}"

@describe.register(float)
def _(obj):
    return f"float {obj}"

@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence of {len(obj)}"

print(describe(1), describe(2.5), describe([1, 2]), describe((1,)), describe("s"), describe(None))
print(describe(True))  # bool dispatches via int
print(describe.dispatch(int).__name__, describe.dispatch(bool) is describe.dispatch(int), object in describe.registry)

class Animal: pass
class Dog(Animal): pass
@describe.register
def _(obj: Animal):
    return "animal"
print(describe(Dog()), describe(Animal()))

@singledispatch
def size(x):
    return -1
@size.register(Sequence)
def _(x):
    return len(x)
print(size("abc"), size([1, 2]), size(5))

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"generic {arg}"
    @fmt.register
    def _(self, arg: int):
        return f"int {arg:04d}"
    @fmt.register
    def _(self, arg: str):
        return f"str {arg.upper()}"
f = Formatter()
print(f.fmt(7), f.fmt("x"), f.fmt(1.5))
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
try:
    describe.register(3)
except TypeError as e:
    print("TypeError:", e)
