# dict/set/sorted/min/max with keys on generators of records; sorted stability.
records = [("ann", 31, "ny"), ("bob", 25, "sf"), ("cid", 31, "la"), ("dee", 25, "ny"), ("eve", 40, "sf")]

def rows():
    for name, age, city in records:
        yield {"name": name, "age": age, "city": city}

print([r["name"] for r in sorted(rows(), key=lambda r: r["age"])])
print([r["name"] for r in sorted(rows(), key=lambda r: (r["city"], -r["age"]))])
print(max(rows(), key=lambda r: r["age"])["name"], min(rows(), key=lambda r: r["age"])["name"])
by_city = {}
for r in rows():
    by_city.setdefault(r["city"], []).append(r["name"])
print(by_city)
print(dict.fromkeys(r["city"] for r in rows()))
print(sorted({r["age"] for r in rows()}))
print({r["name"]: r["age"] for r in rows() if r["age"] > 30})
d = {}
d.update((r["name"], r["city"]) for r in rows())
print(d)
s = set()
s.update(r["city"] for r in rows())
print(sorted(s))
l = [0]
l.extend(r["age"] for r in rows())
l += (x for x in (1, 2))
print(l)
print(sum(r["age"] for r in rows()) / len(records))
print(sorted(rows(), key=lambda r: r["name"], reverse=True)[0]["name"])
import collections
print(collections.Counter(r["city"] for r in rows()).most_common(2))
print(collections.deque((r["name"] for r in rows()), maxlen=2))
print(list(collections.OrderedDict((r["name"], 1) for r in rows())))
