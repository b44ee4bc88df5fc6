# dict and set comprehensions: key collisions, conditions, nested, from zip
print({x: x ** 2 for x in range(5)})
print({x % 3: x for x in range(10)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 7 for x in range(50)})
print({abs(x) for x in range(-5, 6)})
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({i: {j: i * j for j in range(3)} for i in range(2)})
print({len(w): w for w in ["a", "bb", "cc", "ddd"]})
print(type({x for x in ()}).__name__, type({x: 1 for x in ()}).__name__, {x for x in ()})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {w[0]: [v for v in words if v[0] == w[0]] for w in words}
print(groups)
print({n: n % 2 == 0 for n in [5, 2, 5, 8]})
