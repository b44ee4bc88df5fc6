# itertools on infinite and finite generators: islice, takewhile, dropwhile, count, cycle, compress.
import itertools as it

def naturals():
    n = 0
    while True:
        yield n
        n += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(it.islice(naturals(), 5)))
print(list(it.islice(fib(), 10, 15)))
print(list(it.islice(naturals(), 0, 20, 6)))
print(list(it.takewhile(lambda x: x < 50, fib())))
print(list(it.islice(it.dropwhile(lambda x: x < 10, naturals()), 3)))
print(list(it.islice(it.filterfalse(lambda x: x % 3, naturals()), 4)))
print(list(it.compress(naturals(), [1, 0, 1, 1, 0, 1])))
print(list(it.islice(it.cycle(x for x in "ab"), 5)))
print(list(it.islice(zip(naturals(), fib(), it.count(100, 10)), 3)))
print(list(it.islice(map(lambda x: x * x, naturals()), 4)))
print(next(x for x in fib() if x > 1000))
print(list(it.islice(it.starmap(pow, ((b, 2) for b in naturals())), 4)))
print(list(it.islice(it.accumulate(naturals()), 6)))
print(list(it.islice(it.accumulate(fib(), max, initial=-1), 4)))
print(list(it.islice(it.pairwise(fib()), 4)))
print(list(it.zip_longest((x for x in "ab"), it.islice(naturals(), 3), fillvalue="-")))

# islice leaves the underlying generator positioned right after the items it took
g = naturals()
print(list(it.islice(g, 3)), next(g))
print(list(it.islice(g, 2, 4)), next(g))

# a generator that records how far it was pulled
pulled = []
def tracked():
    for i in range(100):
        pulled.append(i)
        yield i
print(list(it.takewhile(lambda x: x < 3, tracked())), pulled)
