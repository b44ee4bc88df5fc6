# Arithmetic dunders: forward, reflected, in-place, unary, NotImplemented fallback, subclass priority.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"V({self.x}, {self.y})"

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y) if isinstance(o, V) else NotImplemented

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return V(k * self.x, k * self.y)

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)

    def __mod__(self, k):
        return V(self.x % k, self.y % k)

    def __pow__(self, k, mod=None):
        if mod is None:
            return V(self.x ** k, self.y ** k)
        return V(pow(self.x, k, mod), pow(self.y, k, mod))

    def __neg__(self):
        return V(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __invert__(self):
        return V(self.y, self.x)

    def __and__(self, o):
        return "and"

    def __or__(self, o):
        return "or"

    def __xor__(self, o):
        return "xor"

    def __lshift__(self, n):
        return "lshift"

    def __rshift__(self, n):
        return "rshift"

    def __iadd__(self, o):
        self.x += o
        self.y += o
        return self


a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a - b, a * 3, 3 * a, a @ b, b / 2, b // 2, b % 2)
print(a ** 2, pow(b, 2, 5), -a, +a, abs(V(3, 4)), ~a)
print(a & 1, a | 1, a ^ 1, a << 1, a >> 1)
c = a
c += 10
print(c, a, c is a)
c -= V(1, 1)
print(c, c is a)
try:
    a - 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - a
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __add__(self, o):
        return "Base.add"

    def __radd__(self, o):
        return "Base.radd"


class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"


print(Base() + Derived(), Derived() + Base(), Base() + Base())


class R:
    def __rsub__(self, o):
        return f"rsub({o})"

    def __rtruediv__(self, o):
        return f"rtruediv({o})"

    def __rpow__(self, o):
        return f"rpow({o})"


print(5 - R(), 2.5 / R(), 2 ** R())
try:
    R() - 5
except TypeError as e:
    print("TypeError:", e)
