# every builtin that takes an iterable, fed a generator.
def gen(n=5):
    for i in range(n):
        yield i

print(list(gen()), tuple(gen()), sorted(gen(), reverse=True))
print(sum(gen()), sum(gen(), 10), min(gen()), max(gen()), min(gen(0), default="none"))
print(max((x for x in "hello"), key=ord), min(gen(), key=lambda v: -v))
print(any(x > 3 for x in gen()), all(x < 3 for x in gen()), any(gen(0)), all(gen(0)))
print("-".join(str(x) for x in gen()), "".join(c.upper() for c in "abc"))
print(dict((i, i * i) for i in gen()), dict(zip(gen(3), "abc")))
print(sorted(set(x % 3 for x in gen(10))), sorted(frozenset(gen(3))))
print(list(zip(gen(3), gen(4), "xyz")), list(map(lambda a, b: a * b, gen(), gen())))
print(list(filter(None, gen())), list(filter(lambda v: v % 2, gen())))
print(list(enumerate(gen(3), start=1)), list(reversed(list(gen(3)))))
a, b, *rest = gen()
print(a, b, rest)
*init, last = gen()
print(init, last)
print(3 in gen(), 9 in gen(), "x" in (c for c in "xyz"))
print(bytes(x + 65 for x in gen()), bytearray(gen(3)))
print(str.join(",", (str(i) for i in gen(2))))
print([*gen(3), *gen(2)], {*gen(3)} == {0, 1, 2}, (*gen(2),))
print(print(*gen(3), sep="|"))
import math, operator, functools
print(math.fsum(x / 10 for x in gen()), math.prod(x + 1 for x in gen()))
print(functools.reduce(operator.add, gen(), 100))
print(list(iter(gen(3).__next__, 2)))
print(sorted(gen(6), key=lambda v: (v % 2, -v)))
print(divmod(*gen(3)[1:] if False else (7, 2)), list(range(*(v for v in (1, 10, 3)))))
print(f"{[*gen(2)]}", len(list(gen(7))), str(list(gen(2))))

# partial consumption: `in` and any() stop early and leave the generator usable
g = gen(10)
print(4 in g, next(g), any(x > 6 for x in g), list(g))

# a consumer sees exceptions raised inside the generator
def explode():
    yield 1
    raise ValueError("mid-stream")
for consumer in (list, tuple, sum, sorted, set, max, "".join):
    try:
        consumer(explode())
    except (ValueError, TypeError) as e:
        print(getattr(consumer, "__name__", consumer), type(e).__name__, e)
