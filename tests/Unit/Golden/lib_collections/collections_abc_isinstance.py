from collections import abc
import collections.abc

checks = [abc.Iterable, abc.Iterator, abc.Sized, abc.Container, abc.Hashable, abc.Callable,
          abc.Collection, abc.Sequence, abc.MutableSequence, abc.Set, abc.MutableSet,
          abc.Mapping, abc.MutableMapping, abc.Reversible]
values = [[1], (1,), "s", b"b", {1: 2}, {1}, frozenset(), range(3), iter([]), 5, len, None]
for v in values:
    row = [c.__name__ for c in checks if isinstance(v, c)]
    print(type(v).__name__, row)

class Counter3:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
class Sized2:
    def __len__(self): return 2
class NoHash:
    __hash__ = None
print(isinstance(Counter3(), abc.Iterator), isinstance(Counter3(), abc.Iterable), issubclass(Counter3, abc.Sized))
print(isinstance(Sized2(), abc.Sized), isinstance(NoHash(), abc.Hashable), isinstance(Sized2(), abc.Hashable))
print(isinstance(lambda: 0, abc.Callable), issubclass(int, abc.Callable), issubclass(type, abc.Callable))
print(abc.Sequence.__module__, abc.Iterable, collections.abc.Mapping)
print(isinstance({}.keys(), abc.Set), isinstance({}.items(), abc.Iterable), isinstance({}.values(), abc.Sized))
