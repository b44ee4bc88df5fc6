# choices: floor(random()*n) without weights, bisect on cumulative weights with them.
import random
r = random.Random(3)
print(r.choices("abc"), r.choices("abc", k=10), r.choices(range(5), k=0))
print(r.choices(["a", "b", "c"], [10, 1, 1], k=10))
print(r.choices(["a", "b", "c"], weights=[0.5, 0.25, 0.25], k=10))
print(r.choices("xyz", cum_weights=[1, 1, 10], k=10))
print(r.choices([1, 2, 3], [2**60, 1, 2**61], k=6))
tests = [
    lambda: r.choices("abc", 3),
    lambda: r.choices("abc", [1, 2]),
    lambda: r.choices("abc", [1, 2, 3], cum_weights=[1, 2, 3]),
    lambda: r.choices("abc", [0, 0, 0]),
    lambda: r.choices("abc", [1, float("inf"), 1]),
    lambda: r.choices([], k=1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
