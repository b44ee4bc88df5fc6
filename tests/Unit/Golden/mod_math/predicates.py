# isclose/isfinite/isinf/isnan, nextafter, ulp and the constants.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.isnan(math.nan), math.inf == float("inf"))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(0.0))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, 1), math.nextafter(5, 5), math.ulp(1.0), math.ulp(0.0), math.ulp(1e308), math.ulp(-2.0))
for f in [lambda: math.isclose(1, 1.1, rel_tol=-1), lambda: math.isclose(1), lambda: math.nextafter(1), lambda: math.isnan("x")]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
