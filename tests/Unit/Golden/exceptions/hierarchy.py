# builtin exception hierarchy: isinstance checks, __mro__ names, catching by base classes
names = [ZeroDivisionError, OverflowError, KeyError, IndexError, UnboundLocalError, RecursionError,
         NotImplementedError, FileNotFoundError, UnicodeDecodeError, ModuleNotFoundError, StopIteration,
         KeyboardInterrupt, SystemExit, AssertionError, AttributeError, TypeError, ValueError]
for cls in names:
    print(cls.__name__, "->", [c.__name__ for c in cls.__mro__[1:]])
print(issubclass(Exception, BaseException), issubclass(SystemExit, Exception))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print(issubclass(UnicodeError, ValueError), issubclass(OSError, Exception), IOError is OSError)
print(EnvironmentError is OSError, issubclass(ConnectionError, OSError))
