from typing import Protocol, runtime_checkable, Iterable, Iterator, SupportsInt, SupportsFloat, SupportsAbs, Sized

@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...

class Square:
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Line:
    length = 3

def total_area(shapes: Iterable[HasArea]) -> float:
    return sum(s.area() for s in shapes)
print(total_area([Square(2), Square(3)]), isinstance(Square(1), HasArea), isinstance(Line(), HasArea))
print(isinstance(3, SupportsInt), isinstance("3", SupportsInt), isinstance(2.5, SupportsFloat), isinstance(-1, SupportsAbs))

@runtime_checkable
class Closeable(Protocol):
    def close(self): ...
    def flush(self): ...
class Both:
    def close(self): pass
    def flush(self): pass
class OnlyClose:
    def close(self): pass
print(isinstance(Both(), Closeable), isinstance(OnlyClose(), Closeable), issubclass(Both, Closeable))
class Explicit(HasArea):
    def area(self): return 1.0
print(Explicit().area(), isinstance(Explicit(), HasArea), HasArea.__name__)
try:
    @runtime_checkable
    class NotProto:
        pass
except TypeError as e:
    print("TypeError:", e)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self) -> Iterator[int]:
        while self.n > 0:
            yield self.n
            self.n -= 1
print(list(Countdown(3)), isinstance(Countdown(1), Iterable), isinstance([], Sized))
