import abc

class HasLen(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            if hasattr(C, "__len__"):
                return True
        return NotImplemented

class Box:
    def __len__(self): return 0
class Empty: pass
print(isinstance([], HasLen), isinstance(Box(), HasLen), isinstance(Empty(), HasLen), issubclass(dict, HasLen))

class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def helper(): ...
print(sorted(Base.__abstractmethods__))
class Impl(Base):
    name = "impl"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return 42
i = Impl.make()
print(i.name, Impl.helper(), type(i).__name__)

class Legacy(abc.ABC):
    @abc.abstractproperty
    def x(self): ...
print(sorted(Legacy.__abstractmethods__))
try:
    Legacy()
except TypeError as e:
    print(e)

class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class B(A):
    pass
B.f = lambda self: 1
print(sorted(B.__abstractmethods__))
abc.update_abstractmethods(B)
print(sorted(B.__abstractmethods__), B().f())
t1 = abc.get_cache_token()
class Z(abc.ABC): pass
Z.register(float)
print(abc.get_cache_token() != t1, isinstance(1.5, Z))
print(abc.abstractmethod(lambda: 0).__isabstractmethod__)
