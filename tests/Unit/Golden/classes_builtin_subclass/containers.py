# Subclassing list, dict, set, tuple: overrides calling super(), __missing__, extra attributes.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]

    def __getitem__(self, i):
        return super().__getitem__(i)

    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"


s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s[0], s[1:3], isinstance(s, list), type(s).__name__, list(s))
print(s + [9], type(s + [9]).__name__, sorted(s, reverse=True), 3 in s, s == [1, 2, 3, 4])
s.label = "mine"
print(s.label, s.__dict__)


class DefaultDict(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


d = DefaultDict(list, a=[1])
d["b"].append(2)
d["a"].append(3)
print(sorted(d.items()), len(d), "b" in d, d.get("zz"), isinstance(d, dict))


class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


ld = LowerDict()
ld["HeLLo"] = 1
print(ld["HELLO"], list(ld), dict(ld))


class Tagged(set):
    pass


t = Tagged([3, 1, 2])
t.add(4)
print(sorted(t), type(t).__name__, isinstance(t, set), 4 in t, len(t))


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    def __repr__(self):
        return f"Pair{tuple(self)}"


p = Pair(1, 2)
print(p, p.first, p[1], len(p), p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
x, y = p
print(x, y, p + (3,), type(p + (3,)).__name__)


class Counted(list):
    def __len__(self):
        return super().__len__() * 10


print(len(Counted([1, 2])), bool(Counted()), list.__len__(Counted([1])))
try:
    hash(Stack())
except TypeError as e:
    print("TypeError:", e)
