# Generators are their own iterators; explicit __next__ and iter() calls.
def g():
    yield 1
    yield 2

it = g()
print(iter(it) is it, it.__iter__() is it)
print(it.__next__(), next(it))
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.args)

def _g():
    yield
GeneratorType = type(_g())
print(GeneratorType.__name__, isinstance(g(), GeneratorType), type(g()) is GeneratorType)

# a generator shared by two consumers
shared = iter(g())
print(list(zip(shared, shared)))
gen = (x for x in range(6))
print(next(gen), list(zip(gen, gen)))

# breaking out of a for loop leaves the generator paused
def counter():
    n = 0
    while True:
        n += 1
        yield n

c = counter()
for x in c:
    if x == 3:
        break
print(next(c), next(c))
print(c.gi_suspended)
