# importlib.import_module returns the named module itself (not the top package).
import importlib
import sys
m = importlib.import_module("il_pkg.sub")
print(m.__name__, m.f(), m is sys.modules["il_pkg.sub"])
print(importlib.import_module("il_pkg").NAME)
print(importlib.import_module(".sub", "il_pkg") is m, importlib.import_module("..sub", "il_pkg.sub") is m)
print(importlib.import_module("sys") is sys)
for args in [("il_nope",), ("il_pkg.nope",), (".x",), ("",), ("...x", "il_pkg")]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(importlib.__name__, "importlib" in sys.modules, importlib.__package__)
