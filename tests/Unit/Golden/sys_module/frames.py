# sys._getframe: f_code.co_name, f_lineno, f_back chain, f_globals identity, f_locals snapshot
import sys
def where():
    f = sys._getframe(0)
    return f.f_code.co_name, f.f_lineno
print(where())
def caller_name():
    return sys._getframe(1).f_code.co_name
def some_function():
    return caller_name()
print(some_function(), caller_name())
def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def a():
    return b()
def b():
    return chain()
print(a())
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno, sys._getframe().f_back)
print(sys._getframe().f_globals is globals())
def locs(x, y=2):
    z = x + y
    return sorted(sys._getframe().f_locals.items())
print(locs(1))
def lineno_after():
    x = 1
    x += 1
    return sys._getframe().f_lineno
print(lineno_after())
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError:", e)
print(sys._getframe(0).f_back is None, sys._getframe(0).f_code.co_filename == sys.argv[0] or True)
