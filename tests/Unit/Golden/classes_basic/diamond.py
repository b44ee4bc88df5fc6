# Cooperative multiple inheritance: diamond hierarchies, super() chains with keyword arguments,
# MRO of mixins, and method resolution order printed for several shapes.
class Base:
    def __init__(self, **kw):
        self.trace = ["Base"]
        assert not kw, kw

    def hello(self):
        return ["Base"]


class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.trace.append(f"Left({left})")

    def hello(self):
        return ["Left"] + super().hello()


class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.trace.append(f"Right({right})")

    def hello(self):
        return ["Right"] + super().hello()


class Bottom(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trace.append("Bottom")

    def hello(self):
        return ["Bottom"] + super().hello()


b = Bottom(left=1, right=2)
print(b.trace, b.hello())
print([c.__name__ for c in Bottom.__mro__])


class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


print([c.__name__ for c in Z.mro()])


class JsonMixin:
    def to_json(self):
        return "{" + ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items())) + "}" if False else str(sorted(vars(self).items()))


class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({', '.join([f'{k}={v!r}' for k, v in sorted(vars(self).items())])})"


class User(ReprMixin, JsonMixin):
    def __init__(self, name, age):
        self.name, self.age = name, age


u = User("ann", 30)
print(repr(u), u.to_json(), [c.__name__ for c in User.__mro__])
try:
    class Bad(Left, Bottom):
        pass
except TypeError as e:
    print("TypeError:", e)
