print("ic_b starts")
import sys
import ic_a
print("ic_b sees ic_a in sys.modules:", "ic_a" in sys.modules, ic_a is sys.modules["ic_a"])
print("ic_b sees ic_a.__spec__._initializing:", ic_a.__spec__._initializing)
try:
    ic_a.A_VALUE
except AttributeError as e:
    print("AttributeError:", e)
B_VALUE = "b"


def use_a():
    return ic_a.A_VALUE
