# fsum is exact (Shewchuk); hypot and dist take any number of coordinates.
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(100)), math.fsum([0.1, 0.2, 0.3, -0.6]), math.fsum([2**53, 1, 1]))
print(math.fsum([float("inf"), 1]), math.fsum([-0.0, -0.0]))
print(math.hypot(), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(-5), math.hypot(1e308, 1e308), math.hypot(float("inf"), float("nan")))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((), ()), math.dist((1.5,), (-1.5,)))
for f in [lambda: math.fsum([float("inf"), float("-inf")]), lambda: math.fsum([1e308, 1e308]), lambda: math.fsum("ab"),
          lambda: math.dist([1], [1, 2]), lambda: math.hypot("a")]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
