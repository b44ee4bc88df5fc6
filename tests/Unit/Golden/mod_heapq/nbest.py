# nlargest/nsmallest: n of 0, 1, more than len; key=; ties keep input order.
import heapq, random
r = random.Random(4)
data = [r.randrange(50) for _ in range(30)]
print(heapq.nlargest(5, data), heapq.nsmallest(5, data))
print(heapq.nlargest(1, data), heapq.nsmallest(1, data), heapq.nlargest(0, data), heapq.nsmallest(-2, data))
print(heapq.nlargest(100, [3, 1, 2]), heapq.nsmallest(100, iter([3, 1, 2])))
pairs = [("a", 3), ("b", 1), ("c", 3), ("d", 2), ("e", 1)]
print(heapq.nlargest(2, pairs, key=lambda p: p[1]), heapq.nsmallest(3, pairs, key=lambda p: p[1]))
print(heapq.nsmallest(2, "hello world"), heapq.nlargest(3, {5: "x", 9: "y", 1: "z"}))
print(heapq.nlargest(1, [], key=abs), heapq.nsmallest(2, []))
print(heapq.nsmallest(3, [-5, 2, -1, 4], key=abs), heapq.nlargest(3, [-5, 2, -1, 4], key=abs))
