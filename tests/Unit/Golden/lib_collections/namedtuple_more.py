from collections import namedtuple

Emp = namedtuple("Emp", "name, age, dept", defaults=["eng"])
rows = [("ann", 30), ("bob", 25, "ops")]
emps = [Emp(*r) for r in rows]
print(emps, sorted(emps, key=lambda e: e.age))
print([e._asdict() for e in emps])
e = emps[0]
print(e.name, e[-1], e[:2], e + ("x",), e * 1 == e, len(Emp._fields), Emp._fields.index("age"))
name, *rest = e
print(name, rest, e.count(30), "ann" in e)
d = {"name": "cy", "age": 40}
print(Emp(**d), Emp._make(["dee", 22, "hr"]), Emp._field_defaults)
Pt = namedtuple("Pt", ["x", "y"], module="geometry")
print(Pt.__module__, repr(Pt(1, 2)), Pt(1, 2) == Pt(1, 2), Pt(1, 2) == (1, 2), hash(Pt(1, 2)) == hash((1, 2)))
print(Pt.x, Pt.x.__doc__, Pt.__new__.__defaults__)
Empty = namedtuple("Empty", [])
print(Empty(), Empty._fields, len(Empty()))
try:
    Pt(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Pt(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Pt(1, 2, z=3)
except TypeError as e:
    print("TypeError:", e)
Big = namedtuple("Big", " ".join(f"f{i}" for i in range(10)) if False else ["f0", "f1", "f2", "f3", "f4", "f5"])
print(Big(*range(6)))
class Money(namedtuple("Money", "amount currency")):
    __slots__ = ()
    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"
    def __add__(self, other):
        return Money(self.amount + other.amount, self.currency)
print(Money(1.5, "EUR") + Money(2.25, "EUR"), repr(Money(1, "USD")))
