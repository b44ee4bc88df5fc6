# getattr/hasattr/setattr on builtin objects, dir-free checks, id equality, hash checks
print(getattr("abc", "upper")(), getattr([], "missing", "dflt"), hasattr("s", "split"), hasattr(1, "nope"))
print(getattr(3 + 4j, "real"), getattr(5, "bit_length")(), getattr(len, "__name__"))
try:
    getattr(1, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].foo = 1
except AttributeError as e:
    print("AttributeError:", e)
def fn():
    pass
setattr(fn, "tag", "set via setattr")
print(fn.tag, hasattr(fn, "tag"), getattr(fn, "__name__"))
delattr(fn, "tag")
print(hasattr(fn, "tag"))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
print(hash("abc") == hash("abc"), hash("a" + "bc") == hash("abc"), hash(1.0) == hash(1))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
print(type(hash("x")).__name__, hash(None) == hash(None), hash(-1), hash(-2))
print(len.__self__ is not None, print.__name__, abs.__qualname__)
