# math integer functions: factorial, gcd, lcm, comb, perm, prod, fsum, isclose, isfinite/isinf/isnan
import math
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.comb(5, 2), math.comb(50, 25), math.comb(3, 5), math.perm(5, 2), math.perm(5), math.perm(3, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 11), start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.comb(-1, 2),
            lambda: math.gcd(1.5, 2), lambda: math.sqrt("x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(1e20), math.erf(0), math.erf(1), math.erfc(1), math.gamma(5), math.lgamma(10))
