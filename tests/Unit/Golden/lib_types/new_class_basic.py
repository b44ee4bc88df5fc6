import types

def body(ns):
    ns["greet"] = lambda self: f"hi from {type(self).__name__}"
    ns["value"] = 42
Dyn = types.new_class("Dyn", (), {}, body)
d = Dyn()
print(Dyn.__name__, d.greet(), d.value, Dyn.__mro__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = "Meta"
        ns["kw"] = kw
        return super().__new__(mcls, name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"prepared": True}
M = types.new_class("M", (object,), {"metaclass": Meta, "flag": 1})
print(type(M).__name__, M.made_by, M.prepared, M.kw)
meta, ns, kw = types.prepare_class("P", (), {"metaclass": Meta, "x": 2})
print(meta.__name__, ns, kw)
meta2, ns2, kw2 = types.prepare_class("Q")
print(meta2, ns2, kw2)

class Entry:
    def __init__(self, base): self.base = base
    def __mro_entries__(self, bases): return (self.base,)
class Base: pass
print(types.resolve_bases((Entry(Base), int)), types.resolve_bases((int, str)))
R = types.new_class("R", (Entry(Base),))
print(R.__mro__, R.__orig_bases__[0].__class__.__name__)
class A(type): pass
class B(type): pass
try:
    types.new_class("X", (A("a", (), {}), B("b", (), {})))
except TypeError as e:
    print("TypeError:", e)
