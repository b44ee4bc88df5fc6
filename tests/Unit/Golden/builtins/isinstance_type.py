# isinstance/issubclass with builtin types and tuples, type(), callable, type names
vals = [1, True, 1.5, 1j, "s", b"b", [1], (1,), {1: 1}, {1}, None, len, range(1)]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (str, bytes)), isinstance(v, (list, tuple, dict)), callable(v))
print(isinstance(True, (float, int)), issubclass(bool, int), issubclass(int, (str, object)))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(int, int))
print(type(1) is int, type(True) is int, type(type) is type, type(int).__name__)
print(callable(print), callable("x"), callable(int), callable(lambda: 0), callable(ValueError))
print(isinstance(1, (int, (str, (float,)))), isinstance(None, type(None)))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(int.__mro__, bool.__mro__, object.__bases__, bool.__bases__)
