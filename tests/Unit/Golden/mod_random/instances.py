# Random instances keep independent state; the module functions share one hidden instance.
import random
a = random.Random(42)
b = random.Random(42)
print(a.random() == b.random(), a.random(), b.random())
c = random.Random("42")
print(c.random())
d = random.Random(x=42)
print(d.random())
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("spam"))
print(type(a).__name__, type(a).__module__, isinstance(a, random.Random))
print(random.Random(0).random(), random.Random().random() < 1)
for t in [lambda: random.Random(1, 2), lambda: random.Random(y=1), lambda: a.seed(1, 2, 3), lambda: a.uniform()]:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(random.__all__)[:6])
sr = random.SystemRandom()
print(type(sr).__name__, isinstance(sr, random.Random), 0.0 <= sr.random() < 1.0, 1 <= sr.randint(1, 6) <= 6)
print(sr.getrandbits(70) < 2**70, len(sr.randbytes(5)), sorted(sr.sample(range(5), 5)))
sr.seed(123)
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)
