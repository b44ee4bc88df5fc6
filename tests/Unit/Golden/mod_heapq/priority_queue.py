# A priority queue of (priority, counter, task) tuples, as the heapq docs build one.
import heapq
pq = []
counter = 0
for prio, task in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship"), (2, "test")]:
    heapq.heappush(pq, (prio, counter, task))
    counter += 1
print(pq[0], len(pq))
order = []
while pq:
    prio, _, task = heapq.heappop(pq)
    order.append((prio, task))
print(order)
jobs = [(5, "e"), (1, "a"), (4, "d"), (2, "b"), (3, "c")]
heapq.heapify(jobs)
print(jobs, heapq.nsmallest(2, jobs), heapq.nlargest(2, jobs, key=lambda j: j[1]))
print([heapq.heappushpop(jobs, (0, "z")), heapq.heapreplace(jobs, (9, "y")), sorted(jobs)])
