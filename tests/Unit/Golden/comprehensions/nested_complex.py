# comprehensions: nested with conditions at each level, comprehension over comprehension, matrix ops
n = 4
identity = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
print(identity)
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
product = [[sum([a[i][k] * b[k][j] for k in range(2)]) for j in range(2)] for i in range(2)]
print(product)
triples = [(x, y, z) for x in range(1, 20) for y in range(x, 20) for z in range(y, 20) if x * x + y * y == z * z]
print(triples)
primes = [p for p in range(2, 50) if all([p % d for d in range(2, p)])]
print(primes)
print({p: [d for d in range(1, p + 1) if p % d == 0] for p in [6, 12]})
words = ["alpha", "beta", "gamma", "delta"]
print({w[0]: len(w) for w in words if len(w) > 4}, [w for w in words if "a" == w[-1]][1:])
print([[c for c in w if c in "aeiou"] for w in words])
print([x for x in [y * 2 for y in range(5)] if x % 4 == 0])
print(sum([[i] * i for i in range(4)], []))
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs, len(pairs))
print([i for i in range(3) for i in "ab"])
