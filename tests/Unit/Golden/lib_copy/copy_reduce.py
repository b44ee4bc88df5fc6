import copy

class Reduced:
    def __init__(self, n): self.n = n
    def __reduce__(self): return (Reduced, (self.n * 10,))
print(copy.copy(Reduced(3)).n, copy.deepcopy(Reduced(4)).n)

class ReducedEx:
    def __init__(self, n): self.n = n
    def __reduce_ex__(self, proto):
        print("proto", proto)
        return (ReducedEx, (self.n + 1,), {'extra': True})
r = copy.deepcopy(ReducedEx(1))
print(r.n, r.extra)

class Stringy:
    def __reduce__(self): return "Stringy"
s = Stringy()
print(copy.copy(s) is s, copy.deepcopy(s) is s)

class ListSub(list):
    pass
ls = ListSub([1, [2]])
ls.tag = 'x'
lc = copy.deepcopy(ls)
print(type(lc).__name__, lc, lc.tag, lc[1] is ls[1])

class DictSub(dict):
    pass
dsub = DictSub(a=[1])
dc = copy.copy(dsub)
print(type(dc).__name__, dc, dc['a'] is dsub['a'])
