from collections.abc import Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet

class Seq(Sequence):
    def __init__(self, *items): self._items = list(items)
    def __getitem__(self, i): return self._items[i]
    def __len__(self): return len(self._items)
s = Seq(3, 1, 4, 1, 5)
print(list(s), 4 in s, 9 in s, s.index(1), s.index(1, 2), s.count(1), list(reversed(s)))
try:
    s.index(42)
except ValueError:
    print("ValueError")

class MSeq(MutableSequence):
    def __init__(self): self._d = []
    def __getitem__(self, i): return self._d[i]
    def __setitem__(self, i, v): self._d[i] = v
    def __delitem__(self, i): del self._d[i]
    def __len__(self): return len(self._d)
    def insert(self, i, v): self._d.insert(i, v)
m = MSeq()
m.append(1); m.extend([2, 3, 4]); m.insert(0, 0)
print(list(m), m.pop(), m.pop(0), list(m))
m.reverse(); m.remove(2); m += [7]
print(list(m), len(m))
m.clear(); print(list(m))

class Map(Mapping):
    def __init__(self, **kw): self._d = dict(kw)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
mp = Map(a=1, b=2)
print(mp.get('a'), mp.get('z', 0), 'a' in mp, list(mp.keys()), list(mp.values()), list(mp.items()))
print(mp == {'a': 1, 'b': 2}, mp.keys() & {'a', 'q'}, ('a', 1) in mp.items(), 2 in mp.values())
print(type(mp.keys()).__name__, len(mp.items()))

class MMap(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
mm = MMap()
mm.update({'x': 1}, y=2); mm.setdefault('z', 3)
print(dict(mm), mm.pop('x'), mm.pop('nope', None), mm.popitem(), dict(mm))
try:
    mm.pop('nope')
except KeyError as e:
    print("KeyError", e)

class S(Set):
    def __init__(self, it=()): self._s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= S([1, 2, 3, 9]), a == S([3, 2, 1]), a.isdisjoint([7]))

class MS(MutableSet):
    def __init__(self, it=()): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)
ms = MS([1, 2])
ms |= {5}; ms -= {1}; ms.remove(2)
print(sorted(ms), ms.pop(), len(ms))
try:
    ms.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    Seq.__abstractmethods__, Sequence()
except TypeError as e:
    print(e)
