from types import SimpleNamespace
import types

ns = SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b, repr(ns))
ns.c = [3]
del ns.a
print(ns, vars(ns), sorted(ns.__dict__))
print(SimpleNamespace() == SimpleNamespace(), SimpleNamespace(x=1) == SimpleNamespace(x=1), SimpleNamespace(x=1) != SimpleNamespace(x=2))
print(SimpleNamespace(x=1) == {"x": 1}, SimpleNamespace())
print(SimpleNamespace.__hash__ is None)
try:
    SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
rec = SimpleNamespace(name="loop")
rec.self = rec
print(rec)
class Sub(SimpleNamespace):
    pass
print(Sub(z=0), type(Sub(z=0)).__name__, isinstance(Sub(), SimpleNamespace))
print(SimpleNamespace(**{"key": [1, 2], "n": None}))
print(types.SimpleNamespace is SimpleNamespace, getattr(ns, "missing", "default"))
