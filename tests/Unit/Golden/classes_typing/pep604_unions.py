# PEP 604 unions: int | str builds types.UnionType, usable in annotations, isinstance and issubclass
import types
def f(x: int | None = None) -> list[int] | None: return x
print(f(3), f.__annotations__)
u = int | str
print(u, type(u).__name__, type(u).__module__, type(u) is types.UnionType, u.__args__)
print(isinstance(3, u), isinstance('a', int | None), isinstance(None, int | None), issubclass(bool, int | str))
print(u == (str | int), u != (int | float), (int | int) is int, int | None, None | int, hash(u) == hash(str | int))
print(int | str | None | int, (int | str) | (bytes | None), list[int] | dict[str, int] | list[int])
class Meta(type):
    def __or__(cls, other): return 'meta-or'
class K(metaclass=Meta): pass
print(K | int, int | K)
try: isinstance(1, int | list[int])
except TypeError as e: print(e)
try: int | 3
except TypeError as e: print(e)
try: issubclass(int, str | list[str])
except TypeError as e: print(e)
import typing
print(typing.Optional[int] | str, int | typing.List[int])
