# __call__, __enter__/__exit__, __repr__/__str__/__format__, __index__, __int__/__float__, __hash__,
# __round__/__trunc__/__floor__/__ceil__, iter(callable, sentinel), callable().
import math


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, scale=1):
        return (x + self.n) * scale


add5 = Adder(5)
print(add5(1), add5(1, scale=3), callable(add5), callable(Adder), callable(5))


class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow


with Ctx("a") as v:
    print("inside", v)
with Ctx("b", swallow=True):
    raise ValueError("boom")
try:
    with Ctx("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with Ctx("d") as x, Ctx("e") as y:
    print(x, y)


class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __repr__(self):
        return f"Temp({self.deg!r})"

    def __str__(self):
        return f"{self.deg}°"

    def __format__(self, spec):
        if spec == "f":
            return f"{self.deg * 9 / 5 + 32:.1f}F"
        return format(self.deg, spec)


t = Temp(21.5)
print(repr(t), str(t), f"{t}", f"{t!r}", f"{t:f}", f"{t:>8}", format(t, "f"), "%s %r" % (t, t))
print([t], (t,), {"k": t})


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


print(str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print("TypeError:", e)


class Idx:
    def __index__(self):
        return 2


lst = [10, 20, 30, 40]
print(lst[Idx()], lst[Idx():], bin(Idx()), hex(Idx()), range(10)[Idx()], "ab" * Idx(), operator_index := Idx().__index__())


class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

    def __complex__(self):
        return 1 + 2j

    def __round__(self, n=None):
        return f"round({n})"

    def __trunc__(self):
        return 11

    def __floor__(self):
        return 12

    def __ceil__(self):
        return 13


n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class H:
    def __hash__(self):
        return 12345678901234567890


print(hash(H()) == hash(12345678901234567890))
counter = iter([1, 2, 3, 0, 5]).__next__
print(list(iter(counter, 0)))
