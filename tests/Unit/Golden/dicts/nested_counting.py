# dict patterns: nested dicts, grouping, counting, inversion, merge with |, get with default
people = [("ann", "nyc", 31), ("bob", "sf", 25), ("cid", "nyc", 40), ("dee", "la", 25), ("eve", "sf", 31)]
by_city = {}
for name, city, age in people:
    by_city.setdefault(city, []).append(name)
print(by_city)
by_age = {}
for name, city, age in people:
    by_age[age] = by_age.get(age, 0) + 1
print(by_age, max(by_age, key=by_age.get), sorted(by_age.items()))
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
nested = {"a": {"b": {"c": 42}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y", "missing"))
nested["a"]["b"]["d"] = [1]
nested["a"]["b"]["d"].append(2)
print(nested)
defaults = {"color": "red", "size": 1}
overrides = {"size": 3, "shape": "round"}
print(defaults | overrides, {**overrides, **defaults})
print(len(by_city), list(by_city.values())[0], {k: len(v) for k, v in by_city.items()})
keys = ["x", "y", "z"]
print(dict.fromkeys(keys, []), dict(zip(keys, [[]] * 3))["x"] is dict(zip(keys, [[]] * 3))["y"])
print({(1, 2): "tuple key", frozenset({1}): "fs key"}[(1, 2)], {1: "a"}.get(1.0), {0: "zero"}.get(False))
