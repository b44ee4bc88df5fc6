# heapify arranges items as CPython does, including the cache-friendly order for big lists.
import heapq, random
r = random.Random(99)
for n in [0, 1, 2, 3, 10, 33]:
    xs = [r.randrange(100) for _ in range(n)]
    heapq.heapify(xs)
    print(n, xs)
big = [r.random() for _ in range(6000)]
heapq.heapify(big)
print(big[:6], big[2999:3002], big[-3:])
words = "the quick brown fox jumps over the lazy dog".split()
heapq.heapify(words)
print(words)
