# The continuous distributions consume random() exactly as random.py does.
import random
r = random.Random(77)
print([r.uniform(-1, 1) for _ in range(3)], r.uniform(5, 5), r.uniform(10, 0))
print([r.triangular() for _ in range(2)], r.triangular(0, 10, 8), r.triangular(2, 2, 2), r.triangular(1, 3))
print([r.normalvariate() for _ in range(3)], r.normalvariate(100, 15))
print([r.gauss() for _ in range(3)], r.gauss(5, 0.1))
print([r.expovariate(2) for _ in range(3)], r.lognormvariate(0, 0.5))
print([r.gammavariate(a, 2.0) for a in (0.3, 1.0, 2.5, 40.0)])
print([r.betavariate(2, 5) for _ in range(3)], r.vonmisesvariate(0, 0), r.vonmisesvariate(1, 4))
print(r.paretovariate(3), r.weibullvariate(2, 1.5))
for t in [lambda: r.gammavariate(0, 1), lambda: r.gammavariate(1, -1), lambda: r.expovariate(0), lambda: r.uniform(1)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
