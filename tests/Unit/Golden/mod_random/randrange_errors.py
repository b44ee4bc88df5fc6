# The messages random.py raises for bad ranges and bad argument counts.
import random
r = random.Random(0)
tests = [
    lambda: r.randrange(0),
    lambda: r.randrange(-5),
    lambda: r.randrange(5, 5),
    lambda: r.randrange(5, 2),
    lambda: r.randrange(1, 10, 0),
    lambda: r.randrange(1, 10, -1),
    lambda: r.randrange(10, step=2),
    lambda: r.randint(1),
    lambda: r.randint(1, 2, 3),
    lambda: r.randint(5, 4),
    lambda: r.randrange(),
    lambda: r.random(1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
