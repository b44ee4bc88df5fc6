# A finder on sys.meta_path and its loader take part in imports as on CPython.
import sys
import importlib.machinery


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.made_by = "Loader"
        module.name_seen = module.__name__
        if module.__name__ == "virtual_fail":
            raise RuntimeError("cannot build virtual_fail")


class Finder:
    def find_spec(self, fullname, path, target=None):
        if fullname.startswith("virtual_"):
            return importlib.machinery.ModuleSpec(fullname, Loader())
        return None


sys.meta_path.insert(0, Finder())
import virtual_one
from virtual_two import made_by
print(virtual_one.made_by, virtual_one.name_seen, made_by, virtual_one.__spec__.origin)
print(type(virtual_one.__loader__).__name__, virtual_one.__package__ == "", "virtual_one" in sys.modules)
try:
    import virtual_fail
except RuntimeError as e:
    print("RuntimeError:", e, "virtual_fail" in sys.modules)
import keyword
print(keyword.iskeyword("for"))
sys.meta_path.pop(0)
try:
    import virtual_three
except ModuleNotFoundError as e:
    print(e)
