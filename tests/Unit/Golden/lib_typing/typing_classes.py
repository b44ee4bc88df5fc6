from typing import Generic, TypeVar, Protocol, NamedTuple, TypedDict, runtime_checkable, List, Optional

T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
b = Box(3)
print(b.get(), Box[int], Box.__parameters__, Box[str](4).item, isinstance(b, Box))
K = TypeVar('K')
V = TypeVar('V')
class Pair(Generic[K, V]):
    pass
print(Pair[str, int], Pair.__parameters__)
class IntBox(Box[int]):
    pass
print(IntBox(5).get(), IntBox.__parameters__, IntBox.__mro__[1].__name__)
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)

class Employee(NamedTuple):
    name: str
    id: int = 3
    def describe(self):
        return f"{self.name}#{self.id}"
e = Employee("guido")
print(e, e.describe(), Employee._fields, Employee._field_defaults, Employee.__annotations__, e._replace(id=7))
print(isinstance(e, tuple), e[0], tuple(e))
P = NamedTuple('P', [('x', int), ('y', int)])
print(P(1, 2), P._fields)

class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="Blade Runner", year=1982)
print(m, type(m), Movie.__required_keys__ == frozenset({'title', 'year'}), Movie.__annotations__)
class Partial(TypedDict, total=False):
    note: str
print(Partial(), Partial.__total__, sorted(Partial.__optional_keys__))

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class File:
    def close(self): pass
class Rock:
    pass
print(isinstance(File(), Closable), isinstance(Rock(), Closable))
class Named(Protocol):
    name: str
class Impl(Named):
    name = "impl"
print(Impl().name)
try:
    Closable()
except TypeError as e:
    print("TypeError:", e)
class NotRuntime(Protocol):
    def f(self): ...
try:
    isinstance(File(), NotRuntime)
except TypeError as e:
    print("TypeError:", e)
