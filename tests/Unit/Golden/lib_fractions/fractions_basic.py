from fractions import Fraction as F
import math

print(F(3, 4), repr(F(6, 8)), F(-3, 4), F(3, -4), F(0, 5), F(7), F(), F(F(1, 3)))
print(F('3/4'), F(' -1.25 '), F('1e-3'), F('.5'), F('2.'), F('1_000'), F('3.14159'), F(0.25), F(0.1))
print(F(1, 3) + F(1, 6), F(1, 2) - 1, F(2, 3) * F(3, 4), F(1, 2) / F(1, 4), 1 / F(3), 2 - F(1, 3))
print(F(7, 2) // 2, F(7, 2) % 2, divmod(F(7, 2), F(1, 3)), F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** -3, 4 ** F(1, 2))
print(F(1, 2) + 0.5, F(1, 2) * 1j, F(1, 3) == 1 / 3, F(1, 2) == 0.5, F(1, 2) < F(2, 3), F(1, 2) > 0.6, F(5, 1) == 5)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), {F(1, 2): 'x'}[F(2, 4)])
print(math.floor(F(7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 2), int(F(-7, 2)), float(F(1, 8)))
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(100), F(1, 3).limit_denominator(2))
print(F(10, 4).numerator, F(10, 4).denominator, F(10, 4).as_integer_ratio(), F.from_float(1.5), abs(F(-1, 2)), -F(1, 2), +F(1, 2), bool(F(0)))
print(sorted([F(1, 2), F(1, 3), 0.4, 1]), sum([F(1, 10)] * 10), max(F(1, 3), F(1, 4)))
for bad in ["abc", "1/0", "1.2.3", "3 / 4", ""]:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F(1.5, 2)
except TypeError as e:
    print("TypeError", e)
try:
    F(float('nan'))
except ValueError as e:
    print("ValueError", e)
