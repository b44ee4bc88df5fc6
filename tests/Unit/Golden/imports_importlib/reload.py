# importlib.reload runs the module's code again in the same namespace object.
import importlib
import sys
import il_mod
print(il_mod.LOADS)
il_mod.extra = "kept"
again = importlib.reload(il_mod)
print(again is il_mod, il_mod.LOADS, il_mod.extra, sys.modules["il_mod"] is il_mod)
with open("il_generated.py", "w") as f:
    f.write("VALUE = 1\n")
import il_generated
print(il_generated.VALUE)
with open("il_generated.py", "w") as f:
    f.write("VALUE = 2  # changed, and longer so the size differs\n")
importlib.reload(il_generated)
print(il_generated.VALUE)
del sys.modules["il_mod"]
try:
    importlib.reload(il_mod)
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    importlib.reload(42)
except TypeError as e:
    print(e)
