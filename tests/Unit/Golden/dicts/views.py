# dict views: keys/values/items views are live, set operations on keys/items, iteration errors
d = {1: "a", 2: "b", 3: "c"}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d[4] = "d"
print(len(k), list(v), list(it)[-1])
print(k & {2, 3, 9}, k | {7}, k - {1}, k ^ {1, 9}, it & {(1, "a")})
print(2 in k, "b" in v, (3, "c") in it, (3, "x") in it)
print(k == {1, 2, 3, 4}, list(reversed(k)), list(reversed(it)))
try:
    for key in d:
        d[key + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
e = {1: 1, 2: 2}
try:
    for key in e:
        del e[key]
except RuntimeError as err:
    print("RuntimeError:", err)
print(e)
f = {"x": 1}
for key in list(f):
    f[key + "y"] = 2
print(f)
print(type(k).__name__, type(v).__name__, type(it).__name__, len(v))
print(isinstance(k, object), sorted(k, reverse=True), min(k))
