# Functions, bound methods and builtins expose __get__ and __call__ as CPython's types do; type has no container dunders
class E: pass
print(hasattr(E, '__len__'), hasattr(E(), '__len__'), hasattr(E, '__iter__'), hasattr(E, '__add__'))
f = lambda: 0
print(hasattr(f, '__get__'), f.__get__(None, E) is f)
class C:
    def m(self): return 'm'
print(C.m.__get__(C())(), len.__call__([1, 2]), '__call__' in type(len).__dict__, '__call__' in type(f).__dict__)
import collections.abc
print(isinstance(len, collections.abc.Callable), callable(E), type.__call__(E).__class__.__name__)
import functools
class P:
    def g(self, a, b): return a + b
    h = functools.partialmethod(g, 10)
print(P().h(5))
try: f.__get__(None, None)
except TypeError as e: print(e)
