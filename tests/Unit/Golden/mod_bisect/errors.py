# bisect's argument errors.
import bisect
tests = [
    lambda: bisect.bisect([1], 1, -1),
    lambda: bisect.bisect([1]),
    lambda: bisect.bisect_left(),
    lambda: bisect.insort((1, 2), 3),
    lambda: bisect.bisect([1, "a"], 2),
    lambda: bisect.bisect(5, 1),
    lambda: bisect.bisect([1], 1, 0, 5),
    lambda: bisect.bisect([1], 1, 1.5),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
