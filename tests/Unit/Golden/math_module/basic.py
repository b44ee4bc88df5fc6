# math: sqrt, pow, exp, log family, floor/ceil/trunc, fabs, copysign, constants
import math
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.isqrt(17), math.isqrt(10 ** 20))
print(math.pow(2, 10), math.pow(2, 0.5), math.exp(1), math.exp(0), math.expm1(1e-10))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.log(2 ** 1000), math.log10(10 ** 300), math.log2(2 ** 200))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9), math.trunc(2.9))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20), math.ceil(5))
print(math.fabs(-3), math.copysign(3, -0.0), math.copysign(-2, 1), math.fmod(7, -3), math.fmod(-7, 3))
print(math.remainder(7, 3), math.remainder(8, 3), math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist([0, 0], [3, 4]), math.cbrt(27))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000),
            lambda: math.isqrt(-1), lambda: math.floor(math.inf), lambda: math.pow(0, -1), lambda: math.fmod(1, 0)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
