# dicts: creation, insertion order, update, delete, lookup errors, key types
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), list(d))
del d["a"]
d["a"] = 5
print(d)
print(dict(x=1, y=2), dict([("k", "v"), (1, 2)]), dict({"a": 1}, b=2), dict())
print(dict.fromkeys([3, 1, 2]), dict.fromkeys("ab", 0))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
k = {1: "int", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool?", "": "empty"}
print(k, k[1], k[1.0], k[(1, 2)])
print("a" in d, "zz" not in d, 10 in d.values())
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3})
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print("TypeError:", e)
m = {}
for w in "the cat and the hat and the bat".split():
    m[w] = m.get(w, 0) + 1
print(m)
