# code objects: co_varnames, co_argcount, co_kwonlyargcount, co_posonlyargcount, co_flags bits, co_name
def f(a, b, /, c, d=1, *args, e, f=2, **kw):
    x = 1
    y = 2
    return x + y
co = f.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames)
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, co.co_flags & 0x20 != 0)
def g():
    return 1
print(g.__code__.co_varnames, g.__code__.co_argcount, g.__code__.co_flags & 0x0c)
def outer():
    v = 1
    def inner():
        return v
    return inner
print(outer.__code__.co_cellvars, outer().__code__.co_freevars, outer().__code__.co_name)
print(outer().__code__.co_qualname, f.__code__.co_filename == __file__ if False else "skip")
def consts():
    return "hello", 42, None
print("hello" in consts.__code__.co_consts, 42 in consts.__code__.co_consts)
def names():
    return len(print)
print(names.__code__.co_names)
print(f.__code__.co_firstlineno, g.__code__.co_firstlineno)
lam = lambda q, r=1: q
print(lam.__code__.co_name, lam.__code__.co_varnames, lam.__code__.co_argcount)
print(type(co).__name__, co.co_flags & 0x01 != 0, co.co_flags & 0x02 != 0)
print(f.__code__.co_stacksize > 0, isinstance(co.co_code, bytes))
