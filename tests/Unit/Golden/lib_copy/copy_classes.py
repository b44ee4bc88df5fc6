import copy

class Account:
    def __init__(self, owner, balance, history=None):
        self.owner = owner
        self.balance = balance
        self.history = history or []
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance}, {self.history})"
a = Account("ann", 10, [("dep", 10)])
b = copy.copy(a)
c = copy.deepcopy(a)
a.history.append(("wd", 5))
print(b, c, b.history is a.history, c.history is a.history)

class Registry:
    def __init__(self):
        self.items = {}
    def __copy__(self):
        new = Registry()
        new.items = dict(self.items)
        new.copied = True
        return new
r = Registry(); r.items["k"] = [1]
r2 = copy.copy(r)
print(r2.items, r2.copied, r2.items["k"] is r.items["k"], copy.deepcopy(r).items["k"] is r.items["k"])

class WithSlots:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
s = WithSlots([1], "x")
s2 = copy.copy(s); s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a is s.a, s3.a, s3.b)

class Partial:
    __slots__ = ("set_one", "unset")
p = Partial(); p.set_one = 1
p2 = copy.copy(p)
print(p2.set_one, hasattr(p2, "unset"))
def f(): return 1
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(Account) is Account)
