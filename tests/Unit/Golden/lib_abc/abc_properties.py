from abc import ABC, abstractmethod

class Shape(ABC):
    @property
    @abstractmethod
    def sides(self): ...
    @classmethod
    @abstractmethod
    def unit(cls): ...
    @staticmethod
    @abstractmethod
    def kind(): ...
    def describe(self):
        return f"{self.kind()} with {self.sides} sides"

print(sorted(Shape.__abstractmethods__))
class Triangle(Shape):
    @property
    def sides(self): return 3
    @classmethod
    def unit(cls): return cls()
    @staticmethod
    def kind(): return "triangle"
t = Triangle.unit()
print(t.describe(), Triangle.__abstractmethods__, isinstance(t, Shape))
class Incomplete(Shape):
    sides = 4
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
class AbstractInit(ABC):
    @abstractmethod
    def __init__(self, x):
        self.x = x
class Concrete(AbstractInit):
    def __init__(self, x):
        super().__init__(x * 2)
print(Concrete(4).x)
try:
    AbstractInit(1)
except TypeError as e:
    print("TypeError:", e)
print(getattr(Shape.sides, "__isabstractmethod__", None), getattr(Triangle.sides, "__isabstractmethod__", False))
