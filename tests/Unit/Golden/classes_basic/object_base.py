# object itself: object(), its methods called explicitly, default __eq__/__ne__/__hash__/__repr__,
# __init_subclass__/__subclasshook__, dir(object), __doc__.
o = object()
print(type(o).__name__, o == o, o != object(), hash(o) == hash(o), repr(o).startswith("<object object at 0x"))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1), object.__lt__(o, o))
print(object.__name__, object.__bases__, object.__mro__, object.__base__)
print([n for n in dir(object) if n in ("__init__", "__new__", "__repr__", "__subclasshook__", "__init_subclass__")])
print(object.__doc__.splitlines()[0])


class A:
    pass


a = A()
print(object.__repr__(a) == repr(a), object.__str__(a) == str(a), object.__hash__(a) == hash(a))
print(object.__getattribute__(A, "__name__"), object.__format__(a, "") == str(a))
object.__setattr__(a, "v", 5)
print(a.v, object.__getattribute__(a, "v"))
object.__delattr__(a, "v")
print(hasattr(a, "v"), A.__subclasshook__(), A.__init_subclass__())
print(isinstance(a, object), issubclass(A, object), issubclass(type, object), isinstance(type, type))
print(type.__name__, type.__bases__, type(type).__name__, object.__class__.__name__)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    int.__new__(A)
except TypeError as e:
    print("TypeError:", e)
print(type(object.__new__(A)).__name__, int.__new__(int, "7"))
