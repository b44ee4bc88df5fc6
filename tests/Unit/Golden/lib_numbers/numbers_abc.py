import numbers
from fractions import Fraction

for v in [1, True, 2.5, 1j, Fraction(1, 2), "1", None]:
    print(type(v).__name__, [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(issubclass(int, numbers.Real), issubclass(float, numbers.Rational), issubclass(complex, numbers.Real))
print(numbers.Integral.__mro__[1:])
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, e, m))
    def __lshift__(self, o): return self.v << o
    __rlshift__ = __rshift__ = __rrshift__ = __and__ = __rand__ = __xor__ = __rxor__ = __or__ = __ror__ = __lshift__
    def __invert__(self): return ~self.v
    def __add__(self, o): return MyInt(self.v + int(o))
    __radd__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __rpow__ = __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __add__
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return self
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __trunc__(self): return self.v
    __floor__ = __ceil__ = __round__ = __trunc__
    def __repr__(self): return f"MyInt({self.v})"
m = MyInt(5)
print(isinstance(m, numbers.Number), m.numerator, m.denominator, float(m), m.real, m.imag, m.conjugate(), [10, 20, 30, 40, 50, 60][m], m - 2, divmod(m, 2), complex(m))
try:
    numbers.Real()
except TypeError as e:
    print("TypeError", str(e)[:50])
