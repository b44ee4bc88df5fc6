# dict ordering: insertion order preserved through updates, deletes, re-inserts, comprehensions
d = {}
for i in [5, 3, 9, 1, 7]:
    d[i] = i * i
print(d)
del d[9]
d[9] = 0
d[3] = "updated"
print(d, list(d))
print({k: v for k, v in sorted(d.items(), key=lambda kv: str(kv[1]))})
e = dict(zip("zyx", range(3)))
print(e, next(iter(e)))
e.pop("y")
e["y"] = 99
print(e)
big = {}
for i in range(100):
    big[i * 37 % 100] = i
print(list(big)[:10], list(big)[-5:])
for i in range(0, 100, 2):
    del big[i]
print(list(big)[:10], len(big))
print({2: 1, 1: 2} == {1: 2, 2: 1}, list({2: 1, 1: 2}) == list({1: 2, 2: 1}))
