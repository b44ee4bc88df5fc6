# Module objects made at run time, inserted in sys.modules, are imported like any other.
import sys
ModuleType = type(sys)
m = ModuleType("ib_made", "made by hand")
print(m, m.__doc__, list(vars(m)))
m.answer = 42
sys.modules["ib_made"] = m
import ib_made
from ib_made import answer
print(ib_made is m, answer)
def Anything():
    pass
Anything.value = "not a module"
sys.modules["ib_thing"] = Anything
import ib_thing
print(ib_thing.value, type(ib_thing).__name__)
for bad in [(), (3,)]:
    try:
        ModuleType(*bad)
    except TypeError as e:
        print(e)
print(ModuleType.__name__, repr(sys), repr(sys.modules["builtins"]))
