# __import__ returns the top package without a fromlist, the module itself with one.
import sys
m = __import__("ib_util")
print(m.GREETING, m is sys.modules["ib_util"])
k = __import__("ib_public", globals(), locals(), ["alpha"], 0)
print(k.alpha)
print(__import__("sys") is sys)
for args in [(), (1,), ("",), ("ib_util", None, None, None, -1)]:
    try:
        __import__(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    __import__("no_such_module_here")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
