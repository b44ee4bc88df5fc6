# lambdas: expressions, defaults, closures, immediately invoked, in data structures, names
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print(sq.__name__, (lambda: 0).__code__.co_name)
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x * 2, [1, 2, 3])), list(filter(lambda x: x % 2, range(7))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
curried = lambda a: lambda b: lambda c: a + b + c
print(curried(1)(2)(3))
print((lambda x: (lambda y: x * y))(6)(7))
k = lambda *, key: key
print(k(key="kw-only"))
p = lambda x, /: x
print(p(5))
print((lambda: (yield_ := 3))(), yield_ if False else "walrus in lambda ok")
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
