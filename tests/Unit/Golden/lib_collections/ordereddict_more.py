from collections import OrderedDict

class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)
cache = LRU(2)
cache.put("a", 1); cache.put("b", 2); cache.get("a"); cache.put("c", 3)
print(cache, list(cache.keys()), cache.capacity)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("e", last=False)
print("".join(od), list(reversed(od)), list(reversed(od.items()))[:2], list(reversed(od.values()))[:1])
del od["c"]
od["z"] = 26
print(list(od.items()))
print(OrderedDict(b=1, a=2) == OrderedDict(a=2, b=1), OrderedDict(b=1, a=2) == dict(a=2, b=1))
sorted_od = OrderedDict(sorted({"pear": 1, "apple": 4, "fig": 2}.items(), key=lambda kv: kv[1]))
print(sorted_od, sorted_od.popitem(last=True))
x = OrderedDict(a=1)
x |= {"b": 2}
print(x, type(x | {"c": 3}).__name__, {"q": 0} | x)
print(repr(OrderedDict([(1, OrderedDict([(2, 3)]))])))
