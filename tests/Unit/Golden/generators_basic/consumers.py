# Generators fed to every kind of consumer.
def gen(n):
    for i in range(n):
        yield i

print(list(gen(4)), tuple(gen(3)), sorted(gen(4), reverse=True))
print(sum(gen(5)), min(gen(5)), max(gen(5)))
print(any(gen(0)), any(gen(3)), all(gen(3)), all(gen(0)))
print("-".join(str(x) for x in gen(4)))
print(dict(zip(gen(3), "abc")))
print(sorted(set(x % 3 for x in gen(10))))
print(list(map(lambda x: x * x, gen(4))))
print(list(enumerate(gen(3), 1)))
print(list(zip(gen(3), gen(5))))
print(list(filter(None, gen(4))))
a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(5)
print(first, rest)
print(3 in gen(5), 7 in gen(5))
print([*gen(3), *gen(2)])
print(dict.fromkeys(gen(3)))
print(list(reversed(list(gen(3)))))
print(max(gen(5), key=lambda x: -x))
def f(*args):
    return args
print(f(*gen(3)))
try:
    x, y = gen(3)
except ValueError as e:
    print(e)
try:
    x, y = gen(1)
except ValueError as e:
    print(e)
