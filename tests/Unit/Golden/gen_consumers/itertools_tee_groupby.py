# tee and groupby over generators, chain/chain.from_iterable, product/permutations/combinations.
import itertools as it

def letters():
    print("<start>")
    yield from "aabbbcdd"
    print("<end>")

a, b = it.tee(letters())
print(next(a), next(a), next(a))
print(list(b))
print(list(a))

x, y, z = it.tee((i * i for i in range(4)), 3)
print(list(zip(x, y)), list(z))

for key, group in it.groupby(letters()):
    print(key, list(group))
print([(k, len(list(g))) for k, g in it.groupby(range(10), key=lambda v: v // 4)])
# a group becomes invalid once the groupby advances
groups = it.groupby(x for x in "aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))

def gen(n):
    yield from range(n)
print(list(it.chain(gen(2), "xy", gen(1))))
print(list(it.chain.from_iterable(gen(i) for i in range(4))))
print(list(it.product(gen(2), (c for c in "ab"))))
print(list(it.product(gen(2), repeat=2)))
print(list(it.permutations(gen(3), 2)))
print(list(it.combinations(gen(4), 3)))
print(list(it.combinations_with_replacement((c for c in "xy"), 2)))
print(list(it.accumulate(gen(5), lambda a, b: a * 10 + b)))
print(list(it.repeat("r", 3)), list(it.islice(it.repeat(None), 2)))

# tee of a generator that raises: both copies see the error at the same position
def bad():
    yield 1
    raise KeyError("bad")
p, q = it.tee(bad())
print(next(p))
for copy in (p, q):
    try:
        print(list(copy))
    except KeyError as e:
        print("KeyError", e)
