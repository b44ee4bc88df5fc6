# Class attributes shared by instances, mutation through the class, shadowing, mutable defaults,
# counters, attributes added after creation, class-level constants used by methods.
class Counter:
    created = 0
    shared = []

    def __init__(self):
        Counter.created += 1
        self.id = Counter.created

    def add(self, x):
        self.shared.append(x)


a, b = Counter(), Counter()
a.add(1)
b.add(2)
print(Counter.created, a.id, b.id, a.shared is b.shared, Counter.shared)
a.shared = ["own"]
print(a.shared, b.shared, Counter.shared)
Counter.label = "late"
print(a.label, getattr(b, "label"), "label" in Counter.__dict__, "label" in a.__dict__)


class Config:
    DEFAULTS = {"debug": False, "level": 1}

    def __init__(self, **overrides):
        self.values = dict(self.DEFAULTS)
        self.values.update(overrides)

    def __getitem__(self, k):
        return self.values[k]


c = Config(level=3)
print(c["level"], c["debug"], Config.DEFAULTS["level"])


class Parent:
    x = "parent"


class Kid(Parent):
    pass


print(Kid.x, Kid().x)
Parent.x = "changed"
print(Kid.x, Kid().x)
Kid.x = "kid"
print(Kid.x, Parent.x)
del Kid.x
print(Kid.x)
print(sorted([k for k in Kid.__dict__ if not k.startswith("__")]), type(Kid.__dict__).__name__)
try:
    Kid.__dict__["y"] = 1
except TypeError as e:
    print("TypeError:", e)
