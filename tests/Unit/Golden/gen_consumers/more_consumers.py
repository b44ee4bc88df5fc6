# more consumers of generators: join on str/bytes, extend/update/slice assignment, set algebra,
# heapq, statistics, deque, Counter, zip(*...) transposition, format/%, isinstance tuples.
import heapq, statistics, os.path, functools, operator, collections, itertools
def gen(*v):
    yield from v
class S(str): pass
print("-".join(gen(S("a"), "b")), b",".join(gen(b"x", bytearray(b"y"))), bytearray(b"z").join(gen(b"1", b"2")))
ba = bytearray(b"ab"); ba.extend(gen(99, 100)); print(ba)
l = [1]; l.extend(gen(2, 3)); l[1:2] = gen(7, 8, 9); print(l)
d = {}; d.update(gen(("a", 1), ["b", 2])); print(d)
print(set().union(gen(1, 2), gen(3)), frozenset({1}).issubset(gen(1, 2)), {1, 2}.isdisjoint(gen(3)))
print({1, 2, 3}.intersection(gen(2, 3, 4)), {1, 2}.symmetric_difference(gen(2, 5)))
s = {1, 2, 3}; s -= set(gen(1)); s.difference_update(gen(2)); s.update(gen(9), gen(10)); print(sorted(s))
print(list(heapq.merge(gen(1, 4, 9), gen(2, 3, 10))), type(heapq.merge()).__name__)
print(heapq.nlargest(2, gen(5, 1, 9, 3)), heapq.nsmallest(2, gen(5, 1, 9, 3), key=lambda v: -v))
print(statistics.mean(gen(1, 2, 3, 4)), statistics.median(gen(3, 1, 2)), statistics.mode(gen(1, 1, 2)))
print(os.path.join(*gen("a", "b", "c")), functools.reduce(operator.mul, gen(1, 2, 3, 4)))
dq = collections.deque(gen(1, 2)); dq.extendleft(gen(3, 4)); dq.extend(gen(5)); print(dq)
print(list(zip(*gen((1, 2), (3, 4), (5, 6)))), "{} {}".format(*gen("x", "y")), "%s-%s" % tuple(gen(1, 2)))
print(list(itertools.starmap(operator.add, gen((1, 2), (3, 4)))), list(map(operator.itemgetter(0), gen("ab", "cd"))))
print(str(list(gen())), tuple(gen(None)), list(reversed(tuple(gen(1, 2)))))
print(sum(gen(0.1, 0.2, 0.3)), sum(gen(0.1) for _ in range(10)) if False else sum(0.1 for _ in range(10)))
print(dict.fromkeys(gen("a", "b"), 0), list(filter(str.isdigit, gen("1", "a", "2"))))
print(collections.Counter(gen("a", "b", "a")), collections.OrderedDict(gen(("z", 1), ("a", 2))))
print(list(collections.ChainMap(dict(gen(("a", 1))), {"b": 2})), sorted(collections.defaultdict(int, gen(("q", 1)))))
print(max(gen((1, "b"), (1, "a"), (0, "z"))), min(gen("bb", "a", "ccc"), key=len))
print("abc".startswith(tuple(gen("x", "a"))), isinstance(3, tuple(gen(str, int))))
