# A first gilrun program: functions, closures, comprehensions and formatting.
import sys


def make_counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for n in range(2, int(limit ** 0.5) + 1):
        if sieve[n]:
            sieve[n * n::n] = [False] * len(range(n * n, limit + 1, n))
    return [n for n, is_prime in enumerate(sieve) if is_prime]


counter = make_counter(10)
counter()
counter(5)
print(f"Hello from gilrun, running {sys.implementation.name} with Python {sys.version_info[0]}.{sys.version_info[1]} syntax")
print(f"counter is at {counter()}")
print("primes below 50:", primes(50))
print("squares:", {n: n * n for n in range(1, 6)})
print("%-8s|%8.3f|%+d" % ("pi", 3.14159265, 42))
