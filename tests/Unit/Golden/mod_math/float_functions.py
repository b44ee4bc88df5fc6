# Float functions with CPython's domain/range errors.
import math
print(math.sqrt(2), math.exp(1), math.log(8, 2), math.log(10**400), math.log(2**1100, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.cbrt(27), math.cbrt(-8), math.exp2(10), math.expm1(1e-10), math.pow(2, 0.5), math.pow(4, 0.5))
print(math.floor(2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(-0.0), math.ceil(10**20), math.modf(-3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.copysign(1, -0.0), math.fabs(-3), math.fmod(-7, 3), math.remainder(7, 2), math.remainder(5, 2), math.degrees(math.pi), math.radians(180))
print(math.sin(0.5), math.cos(0.5), math.tan(0.5), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1), math.atan2(-0.0, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5), math.gamma(0.5), math.lgamma(10), math.lgamma(0.5))
for f in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(2, 1), lambda: math.exp(1000), lambda: math.pow(0, -1),
          lambda: math.asin(2), lambda: math.cosh(1000), lambda: math.gamma(0), lambda: math.lgamma(-1), lambda: math.log1p(-1),
          lambda: math.sin(float("inf")), lambda: math.floor("a"), lambda: math.sqrt("x"), lambda: math.log(0.0, 2)]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
