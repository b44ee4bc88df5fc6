# Generators combined with itertools.
import itertools

def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(list(itertools.islice(naturals(), 5)))
print(list(itertools.islice(naturals(), 2, 10, 3)))
print(list(itertools.takewhile(lambda x: x < 4, naturals())))
print(list(itertools.islice(itertools.dropwhile(lambda x: x < 4, naturals()), 3)))
print(list(itertools.chain((x for x in "ab"), range(2))))
print(list(itertools.chain.from_iterable((range(i) for i in range(4)))))
print(list(zip(naturals(), "xyz")))
print(list(itertools.islice(itertools.cycle(x for x in (1, 2))), 5)))
print(list(itertools.accumulate(x for x in range(5))))
print(list(itertools.compress(naturals(), [1, 0, 1, 1])))
print([(k, list(g)) for k, g in itertools.groupby(c for c in "aabbbc")])
a, b = itertools.tee(x * x for x in range(4))
print(list(a), list(b))
print(list(itertools.starmap(pow, ((b, 2) for b in range(4)))))
print(list(itertools.zip_longest((x for x in range(3)), "ab", fillvalue="-")))
print(list(itertools.product((x for x in "ab"), repeat=2)))
