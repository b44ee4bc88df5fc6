# Laziness: items are produced on demand, interleaved with the consumer.
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i

for v in (x * 10 for x in noisy(3)):
    print("consume", v)

# any/all stop early
print(any(x > 1 for x in noisy(5)))
print(all(x < 1 for x in noisy(5)))

# next with a default on an empty genexp
print(next((x for x in [] if x), "empty"))
print(next((w for w in ["a", "bb", "ccc"] if len(w) > 1), None))

# a pipeline of generators
nums = (n for n in range(20))
evens = (n for n in nums if n % 2 == 0)
squares = (n * n for n in evens)
print(list(squares))

# infinite generator, consumed partially
def naturals():
    n = 0
    while True:
        yield n
        n += 1

gen = (n * n for n in naturals())
print([next(gen) for _ in range(5)])
