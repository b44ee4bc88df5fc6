# exception context: __context__ set automatically, sys.exc_info inside handlers, nested handlers
import sys
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    try:
        raise TypeError("t")
    except TypeError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def handler():
    try:
        raise KeyError("inner")
    except KeyError as e:
        return e
err = handler()
print(repr(err), err.__context__)
try:
    try:
        raise IndexError("first")
    except IndexError:
        raise ZeroDivisionError("second")
except ZeroDivisionError as e:
    print(repr(e), repr(e.__context__), e.__context__.__context__)
print(repr(sys.exception()) if sys.version_info >= (3, 11) else "skip")
try:
    raise OSError("x")
except OSError:
    print(repr(sys.exception()))
