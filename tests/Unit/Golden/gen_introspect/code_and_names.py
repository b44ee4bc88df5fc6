# gi_code, __name__, __qualname__ (settable, type-checked), repr shape, type checks.
import types

def state(g):
    # what inspect.getgeneratorstate computes, from the public attributes
    if g.gi_running:
        return "GEN_RUNNING"
    if g.gi_suspended:
        return "GEN_SUSPENDED"
    if g.gi_frame is None:
        return "GEN_CLOSED"
    return "GEN_CREATED"

def plain():
    yield 1

class K:
    def meth(self):
        yield self
    class Inner:
        def deep(self):
            yield 1

g = plain()
print(g.gi_code is plain.__code__, g.gi_code.co_name, g.gi_code.co_qualname)
print(bool(g.gi_code.co_flags & 0x20), bool(plain.__code__.co_flags & 0x20))
print(g.__name__, g.__qualname__, K().meth().__qualname__, K.Inner().deep().__qualname__)
print(type(g) is types.GeneratorType, type(g).__name__, type(g).__qualname__, type(g).__module__)
print(isinstance(g, types.GeneratorType), isinstance(plain, types.FunctionType))
print(isinstance(iter([]), types.GeneratorType), isinstance((x for x in []), types.GeneratorType))

def shape(obj):
    r = repr(obj)
    head, sep, tail = r.partition(" at 0x")
    return head + (" at 0x...>" if sep and tail.endswith(">") else " ?")
print(shape(g))
print(shape(K().meth()))
print(shape(x for x in []))

g.__name__ = "renamed"
g.__qualname__ = "Some.where"
print(g.__name__, g.__qualname__, shape(g))
print(g.gi_code.co_name, plain.__name__)
for attr, value in (("__name__", 1), ("__qualname__", None)):
    try:
        setattr(g, attr, value)
    except TypeError as e:
        print(attr, "TypeError:", e)
try:
    del g.__name__
except TypeError as e:
    print("del:", e)

# renaming the function before calling changes the generator's names
def orig():
    yield
orig.__name__ = "fn_name"
orig.__qualname__ = "fn.qual"
print(orig().__name__, orig().__qualname__)

# generator functions and genexps in nested scopes
def outer():
    return (i for i in range(1)), [lambda: (j for j in ())][0]()
a, b = outer()
print(a.__qualname__, b.__qualname__)

# generator objects are not subscriptable and have no len
for op in (lambda: g[0], lambda: len(g)):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
print(hasattr(g, "send"), hasattr(g, "__next__"), hasattr(g, "__len__"))
print(sorted(a for a in dir(g) if a.startswith("gi_")))
