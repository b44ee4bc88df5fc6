from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"

print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print("TypeError:", e)

class Square(Half):
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s
    def perimeter(self): return 4 * self.s
sq = Square(3)
print(sq.describe(), sq.perimeter(), Square.__abstractmethods__)
print(isinstance(sq, Shape), issubclass(Square, Shape), issubclass(int, Shape))

class Plugin(metaclass=ABCMeta):
    pass
@Plugin.register
class Foreign:
    pass
print(isinstance(Foreign(), Plugin), issubclass(Foreign, Plugin), Foreign.__name__)
Plugin.register(int)
print(isinstance(3, Plugin), isinstance("s", Plugin), issubclass(bool, Plugin))
try:
    Plugin.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, Plugin)
except TypeError as e:
    print("TypeError:", e)
class Sub(Plugin): pass
try:
    Sub.register(Plugin)
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(Plugin).__name__, Plugin.__mro__)
