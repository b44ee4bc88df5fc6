# merge is lazy and stable: equal keys come out in the order of their input iterables.
import heapq
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 4, 2], [6], reverse=True)))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
print(list(heapq.merge()), list(heapq.merge([1, 2])), list(heapq.merge([], [])))
m = heapq.merge([1, 4], [2, 3])
print(next(m), next(m), list(m), list(m))
print(list(heapq.merge(iter("ace"), iter("bdf"))))
