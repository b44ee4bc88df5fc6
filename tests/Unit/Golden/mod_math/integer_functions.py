# Exact integer functions: isqrt, comb, perm, factorial, gcd/lcm (n-ary), prod.
import math
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127 - 1), math.isqrt(True))
print(math.comb(50, 25), math.comb(5, 6), math.comb(10, 0), math.comb(1000, 3), math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 4))
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.gcd(), math.gcd(12), math.gcd(12, 18, 24), math.gcd(-4, 6), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-3, 4))
print(math.prod([]), math.prod([1, 2, 3], start=2), math.prod(range(1, 11)), math.prod([1.5, 2]))
for f in [lambda: math.isqrt(-1), lambda: math.isqrt(3.0), lambda: math.comb(5, -1), lambda: math.perm(-1), lambda: math.factorial(-1),
          lambda: math.factorial(2.0), lambda: math.gcd(1.5), lambda: math.comb(1.0, 1)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
