# dict subclasses: a counter with __missing__, an attribute dict, a dict that records access,
# dict methods on subclasses, copying, equality with plain dicts, | operator.
class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, items):
        for x in items:
            self[x] += 1
        return self


c = Counter().add("abracadabra")
print(sorted(c.items()), c["z"], "z" in c, len(c), c == dict(c), type(c.copy()).__name__)


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


ad = AttrDict(x=1)
ad.y = 2
print(ad.x, ad.y, ad, hasattr(ad, "z"), list(ad.keys()))
try:
    ad.z
except AttributeError as e:
    print("AttributeError:", e)


class Recording(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.reads = []

    def __getitem__(self, k):
        self.reads.append(k)
        return super().__getitem__(k)

    def get(self, k, default=None):
        return self[k] if k in self else default


r = Recording({"a": 1}, b=2)
print(r["a"], r.get("b"), r.get("q", "dflt"), r.reads, sorted(r), r | {"c": 3}, type(r | {"c": 3}).__name__)
r.update(c=3)
print(len(r), r.pop("a"), r.setdefault("d", 4), sorted(r.items()))
print(isinstance(r, dict), issubclass(Recording, dict), Recording.__mro__[1].__name__)
