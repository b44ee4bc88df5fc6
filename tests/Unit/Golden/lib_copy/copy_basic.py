import copy

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]['k'] is a[2]['k'], d == a)
a[1].append(99)
print(s[1], d[1])
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
print(copy.copy({1, 2}), copy.copy(frozenset([1])), copy.copy("s"), copy.copy(5), copy.deepcopy(None))
print(copy.copy(int) is int, copy.deepcopy(len) is len)

cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[0], c2[1] is c2, c2 is not cyc)
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is shared)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
p = Point(1, [2])
p_s = copy.copy(p)
p_d = copy.deepcopy(p)
print(p_s, p_d, p_s.y is p.y, p_d.y is p.y, type(p_d).__name__)

class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
c = Custom([1])
c1 = copy.copy(c); c2 = copy.deepcopy(c)
print(c1.v is c.v, c2.v is c.v, c2.v)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)

class WithState:
    def __init__(self): self.data = [1, 2]; self.cache = "tmp"
    def __getstate__(self):
        st = self.__dict__.copy(); del st['cache']; return st
    def __setstate__(self, st):
        self.__dict__.update(st); self.cache = "rebuilt"
w = copy.deepcopy(WithState())
print(w.data, w.cache)
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y, id(x) in memo)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
