# heapreplace pops then pushes; heappushpop pushes then pops (returning the item if it is smallest).
import heapq
h = [1, 3, 5, 7, 9, 11]
print(heapq.heapreplace(h, 6), h)
print(heapq.heapreplace(h, 0), h)
print(heapq.heappushpop(h, -1), h)
print(heapq.heappushpop(h, 8), h)
print(heapq.heappushpop([], 4))
mh = [9, 7, 8, 1, 2]
heapq._heapify_max(mh)
print(mh, heapq._heappop_max(mh), mh, heapq._heapreplace_max(mh, 3), mh)
