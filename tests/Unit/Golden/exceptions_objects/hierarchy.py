# every builtin exception class with its bases
import builtins
names = sorted([n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)])
for n in names:
    t = getattr(builtins, n)
    print(n, [b.__name__ for b in t.__bases__], [m.__name__ for m in t.__mro__[1:]])
print(len(names))
print(EnvironmentError is OSError, IOError is OSError)
