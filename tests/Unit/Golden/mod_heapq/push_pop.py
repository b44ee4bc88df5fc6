# heappush/heappop keep the heap invariant with CPython's exact sift order (observable in the list).
import heapq, random
r = random.Random(7)
data = [r.randrange(1000) for _ in range(40)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)])
print(h)
t = []
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "z")]:
    heapq.heappush(t, item)
print([heapq.heappop(t) for _ in range(len(t))])
print(heapq.heappop([5]), h == sorted(h) or h[0] == min(h))
