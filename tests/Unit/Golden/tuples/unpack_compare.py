# tuples as records: sorting by fields, comparison, namedtuple-free patterns, tuple of tuples hashing
records = [("bob", 25, 3.5), ("ann", 31, 4.0), ("cid", 25, 3.9), ("ann", 22, 2.0)]
print(sorted(records))
print(sorted(records, key=lambda r: (r[1], -r[2])))
print(max(records, key=lambda r: r[2]), min(records))
for name, age, score in records[:2]:
    print(f"{name}:{age}:{score}")
coords = {(0, 0): "origin", (1, 0): "east"}
print(coords[(0, 0)], coords.get((1, 0)), (0, 1) in coords)
t = (1, [2, 3], "x")
t[1].append(4)
print(t, len(t), t.count("x"))
print((1, 2) + (3,), (1,) * 3, tuple(reversed((1, 2, 3))), (1, 2, 3)[::-1])
print(hash(((1, 2), (3, 4))), hash((1, 2)) == hash((1, 2)), hash(("a",)) == hash(("a",)))
print((0.0,) == (-0.0,), (float("nan"),) == (float("nan"),), (1, 2) == (1.0, 2.0))
print(tuple([x * 2 for x in (1, 2)]))
