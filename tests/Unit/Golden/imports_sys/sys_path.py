# sys.path starts with the script's directory; entries added at run time are searched in order.
import sys
import os
print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)), type(sys.path).__name__)
print(all([isinstance(p, str) for p in sys.path]))
try:
    import is_found_late
except ModuleNotFoundError as e:
    print(e)
sys.path.append("is_extra")
import is_found_late
print(is_found_late.WHERE, is_found_late.__file__)
sys.path.remove("is_extra")
del sys.modules["is_found_late"]
try:
    import is_found_late
except ModuleNotFoundError as e:
    print("after removal:", e)
sys.path.insert(0, os.path.abspath("is_extra"))
import is_found_late
print(is_found_late.__file__)
