# unpacking generators: too many / too few values, starred targets, call arguments, dict building.
def gen(n):
    yield from range(n)

x, y = gen(2)
print(x, y)
for n in (1, 3):
    try:
        x, y = gen(n)
    except ValueError as e:
        print(n, "ValueError:", e)
try:
    a, *b, c = gen(1)
except ValueError as e:
    print("starred:", e)
a, *b, c = gen(2)
print(a, b, c)
[p, (q, r)] = (v for v in [1, gen(2)])
print(p, q, r)
for i, (j, k) in enumerate(zip(gen(3), gen(3))):
    print(i, j + k, end="; ")
print()

def f(*args, **kwargs):
    return args, kwargs
print(f(*gen(3)))
print(f(*gen(2), *gen(1), k=1))
print(f(**dict((f"k{i}", i) for i in gen(2))))

# the generator is consumed lazily up to the point of failure
def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i
try:
    a, b = noisy(4)
except ValueError as e:
    print(e)
print(max(noisy(3)))

# augmented unpacking in a for over a generator of tuples
pairs = ((i, chr(97 + i)) for i in range(3))
for num, letter in pairs:
    print(num, letter)
print(list(pairs))
