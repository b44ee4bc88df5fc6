# dict methods: get, setdefault, pop, popitem, update, copy, clear, keys/values/items, | and |=
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d)
c = d.copy()
c["a"] = -1
print(d["a"], c["a"])
print(list(d.keys()), list(d.values()), list(d.items()))
print(d | {"a": 0, "new": 1}, {"q": 1} | d)
d |= {"a": 42}
print(d)
c.clear(); print(c)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]), list(reversed(d)))
print(dict(sorted({3: "c", 1: "a", 2: "b"}.items())))
