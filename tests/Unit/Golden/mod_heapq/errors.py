# Misuse of heapq raises CPython's messages.
import heapq
tests = [
    lambda: heapq.heappop([]),
    lambda: heapq.heapreplace([], 1),
    lambda: heapq.heappush((1,), 2),
    lambda: heapq.heapify("abc"),
    lambda: heapq.heappush([1]),
    lambda: heapq.heappush([1, "a"], 2),
    lambda: heapq.nlargest(2),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
