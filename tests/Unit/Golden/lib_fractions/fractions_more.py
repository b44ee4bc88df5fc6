from fractions import Fraction
import math

harmonic = sum(Fraction(1, n) for n in range(1, 11))
print(harmonic, float(harmonic), harmonic.limit_denominator(100))
print(Fraction(355, 113) - Fraction(math.pi).limit_denominator(1000), Fraction(1, 7) * 7 == 1)
x = Fraction(-17, 5)
print(x // 2, x % 2, divmod(x, 2), math.floor(x), math.ceil(x), round(x), round(x, 1), int(x))
print(Fraction(3, 4) ** 0, Fraction(9, 4) ** Fraction(1, 2), Fraction(2) ** -1, 2 ** Fraction(2), (-8) ** Fraction(1, 3) if False else "skip")
print(Fraction("  +7/-3 ".replace("-", "")) if False else Fraction("7/3"), Fraction("-0.125"), Fraction("1E2"), Fraction("1.5e-2"))
print(Fraction(1, 3) < 0.34, Fraction(1, 3) > 0.33, Fraction(1, 2) == 0.5 + 0j, Fraction(1, 2) != 0.51, 0.5 == Fraction(1, 2))
print(sorted([Fraction(2, 3), 0.5, Fraction(1, 10), 1, Fraction(3, 4)]))
print(Fraction(6, 4).as_integer_ratio(), Fraction(10**20, 3).limit_denominator(10), Fraction(5, 10).numerator)
print(hash(Fraction(7, 1)) == hash(7), hash(Fraction(1, 4)) == hash(0.25), Fraction(0) == 0, bool(Fraction(0, 3)))
print(repr(Fraction(1, 3) + 1.0), type(Fraction(1, 3) * 2).__name__, type(Fraction(1, 3) * 2.0).__name__)
print(f"{float(Fraction(2, 3)):.4f}", str(Fraction(4, 2)), Fraction(4, 2))
