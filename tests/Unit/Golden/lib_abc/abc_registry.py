from abc import ABC, ABCMeta, abstractmethod

class Drawable(ABC):
    @abstractmethod
    def draw(self): ...
    def render(self):
        return "<" + self.draw() + ">"

class Circle(Drawable):
    def draw(self): return "circle"
class Text:
    def draw(self): return "text"
Drawable.register(Text)
print(Circle().render(), isinstance(Text(), Drawable), issubclass(Text, Drawable), hasattr(Text, "render"))
print(Drawable.__abstractmethods__, Circle.__abstractmethods__, type(Drawable).__name__)
class Sub(Text): pass
print(issubclass(Sub, Drawable), isinstance(Sub(), Drawable))

class Meta(ABCMeta):
    pass
class Base(metaclass=Meta):
    @abstractmethod
    def run(self): ...
    @abstractmethod
    def stop(self): ...
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
class Half(Base):
    def run(self): return "running"
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
class Full(Half):
    def stop(self): return "stopped"
f = Full()
print(f.run(), f.stop(), isinstance(f, Base), type(Base).__name__)
class Mixin:
    def helper(self): return "help"
class Combo(Mixin, Drawable):
    def draw(self): return "combo"
print(Combo().render(), Combo().helper(), [c.__name__ for c in Combo.__mro__])
print(isinstance(1, Drawable), issubclass(int, Drawable), Drawable.register(int) is int, isinstance(1, Drawable))
