# A small Fraction class exercising the numeric protocol end to end (operators, reflected forms with
# ints, comparisons, hashing, bool, conversions, formatting, sorting).
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        g = gcd(n, d) or 1
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g

    @staticmethod
    def _lift(o):
        if isinstance(o, Frac):
            return o
        if isinstance(o, int):
            return Frac(o)
        return None

    def __add__(self, o):
        o = self._lift(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._lift(o)
        return NotImplemented if o is None else Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        o = self._lift(o)
        return NotImplemented if o is None else o - self

    def __mul__(self, o):
        o = self._lift(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._lift(o)
        return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        o = self._lift(o)
        return NotImplemented if o is None else o / self

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __abs__(self):
        return Frac(abs(self.n), self.d)

    def __eq__(self, o):
        o = self._lift(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        o = self._lift(o)
        return NotImplemented if o is None else self.n * o.d < o.n * self.d

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.n, self.d)) if self.d != 1 else hash(self.n)

    def __bool__(self):
        return self.n != 0

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return self.n // self.d

    def __repr__(self):
        return f"Frac({self.n}, {self.d})"

    def __str__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)

    def __format__(self, spec):
        return format(float(self), spec) if spec else str(self)


h, t = Frac(1, 2), Frac(1, 3)
print(h + t, h - t, h * t, h / t, 1 + h, 1 - h, 2 * t, 1 / t, -h, abs(Frac(-3, 4)))
print(h == Frac(2, 4), h != t, t < h, h <= h, h > t, h >= t, Frac(4, 2) == 2, 2 == Frac(4, 2))
print(hash(Frac(4, 2)) == hash(2), len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}), bool(Frac(0)), bool(h))
print(float(h), int(Frac(7, 2)), f"{h:.3f}", f"{t}", str(Frac(6, 3)), repr(t))
print(sorted([Frac(3, 4), Frac(1, 8), Frac(1, 2)]), max(Frac(1, 9), Frac(1, 10)), sum([h, t, Frac(1, 6)], Frac(0)))
try:
    h + 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
