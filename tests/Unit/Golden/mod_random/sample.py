# sample switches between a pool and a selected-set as random.py does; counts= expands repeats.
import random
r = random.Random(11)
print(r.sample(range(10), 10))
print(r.sample(range(100), 5), r.sample(range(100), 21), r.sample(range(10**9), 4))
print(r.sample("abcdefghijklmnopqrstuvwxyz", 7), r.sample((1, 2, 3), 0))
print(r.sample(list(range(25)), 6), r.sample(range(200), 60)[:10])
print(r.sample(["red", "blue"], counts=[4, 2], k=5))
print(r.sample(["x", "y", "z"], k=4, counts=[1, 2, 3]))
tests = [
    lambda: r.sample({1, 2, 3}, 2),
    lambda: r.sample({"a": 1}, 1),
    lambda: r.sample([1, 2], 3),
    lambda: r.sample([1, 2], -1),
    lambda: r.sample([1, 2]),
    lambda: r.sample([1, 2], 1, counts=[1]),
    lambda: r.sample([1, 2], 1, counts=[1.0, 2.0]),
    lambda: r.sample([1, 2], 1, counts=[0, 0]),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
