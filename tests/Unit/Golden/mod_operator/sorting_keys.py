# operator's getters as sort keys and in functional pipelines.
import operator as op
from functools import reduce
people = [("alice", 30, "nyc"), ("bob", 25, "sf"), ("carol", 30, "la"), ("dave", 25, "nyc")]
print(sorted(people, key=op.itemgetter(1, 0)))
print(sorted(people, key=op.itemgetter(2), reverse=True)[0], max(people, key=op.itemgetter(1)))
print(list(map(op.itemgetter(0), people)), reduce(op.add, map(op.itemgetter(1), people)))
print(sorted(["b", "A", "c"], key=op.methodcaller("lower")), list(map(op.methodcaller("count", "a"), ["banana", "apple"])))
print(reduce(op.mul, range(1, 8)), list(map(op.neg, [1, -2, 3])), list(map(op.pow, [2, 3], [5, 2])), list(filter(op.truth, [0, 1, "", "x"])))
nums = [3 + 4j, 1 + 1j]
print(sorted(nums, key=op.attrgetter("imag")), list(map(op.attrgetter("real"), nums)))
