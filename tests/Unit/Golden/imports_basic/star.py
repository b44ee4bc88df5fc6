# from m import * takes __all__ when defined, else every public global (imported modules included).
from ib_public import *
print(alpha, gamma)
try:
    beta
except NameError as e:
    print("NameError:", e)
from ib_noall import *
print(one, three(), ib_counter.value)
for name in ["_two", "_sys"]:
    print(name, name in globals())
def f():
    exec("from ib_public import *", g := {})
    return sorted([k for k in g if k != "__builtins__"])
print(f())
