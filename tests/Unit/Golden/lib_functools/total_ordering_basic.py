from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"V{self.major}.{self.minor}"

a, b = Version(1, 2), Version(1, 5)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), b >= b, b > a)
print(sorted([Version(2, 0), a, b]), max(a, b), min([b, a]))
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
try:
    a >= 3
except TypeError as e:
    print("TypeError:", e)

@total_ordering
class ByGe:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(ByGe(1) < ByGe(2), ByGe(3) > ByGe(2), ByGe(2) <= ByGe(2), ByGe(1) >= ByGe(1))

@total_ordering
class ByGt:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(ByGt(1) < ByGt(2), ByGt(3) >= ByGt(4), ByGt(2) <= ByGt(2))

@total_ordering
class ByLe:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __le__(self, o): return self.v <= o.v
print(ByLe(1) < ByLe(2), ByLe(3) > ByLe(2), ByLe(5) >= ByLe(6), ByLe.__gt__.__name__)

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
