# code flags and names of generator functions and genexps, types.GeneratorType (not instantiable,
# not generic: only type itself is subscriptable without a __class_getitem__), f_locals writes.
def g(a, b=2, *args, c, **kw):
    d = a
    yield d
ge = (x for x in [])
print(g.__code__.co_flags & 0x20, hex(g.__code__.co_flags), hex(ge.gi_code.co_flags))
print(ge.gi_code.co_varnames, ge.gi_code.co_argcount, ge.gi_code.co_name, ge.gi_code.co_qualname)
print(g.__code__.co_varnames, g.__code__.co_argcount, g.__code__.co_kwonlyargcount)
gen = g(1, c=3)
print(gen.gi_frame.f_locals)
gen.gi_frame.f_locals["d"] = 100
print(next(gen))
lc = lambda: [x for x in ()]
print(hex(lc.__code__.co_flags))
def deco(f):
    def wrapper(*a):
        return f(*a)
    return wrapper
@deco
def decorated():
    yield 1
print(type(decorated()).__name__, decorated().__qualname__)
import types
@types.coroutine
def tc():
    yield 1
print(type(tc()).__name__, hex(tc.__code__.co_flags))
print(types.GeneratorType.__name__, types.GeneratorType.__module__)
try:
    types.GeneratorType()
except TypeError as e:
    print(e)
print(hasattr(types.GeneratorType, "__class_getitem__"))
for t in (int, types.GeneratorType, object, str):
    print(t.__name__, hasattr(t, "__class_getitem__"))
    try:
        print(t[int])
    except TypeError as e:
        print("TypeError:", e)
print(type[int], list[int], '__class_getitem__' in type.__dict__)
class M(type): pass
class C(metaclass=M): pass
try:
    C[int]
except TypeError as e:
    print(e)
print(M[int])
