# importlib.util.find_spec finds without importing; module_from_spec and exec_module load by hand.
import importlib.util
import importlib.machinery
import sys
spec = importlib.util.find_spec("il_mod")
print(spec.name, spec.origin.rsplit("/", 1)[-1], spec.parent == "", spec.has_location, "il_mod" in sys.modules)
print(type(spec).__name__, type(spec.loader).__name__, spec.submodule_search_locations)
print(importlib.util.find_spec("il_missing_module"))
pspec = importlib.util.find_spec("il_pkg.sub")
print(pspec.name, pspec.parent, "il_pkg" in sys.modules, "il_pkg.sub" in sys.modules)
print(importlib.util.find_spec("il_pkg").submodule_search_locations[0].rsplit("/", 1)[-1])
module = importlib.util.module_from_spec(spec)
print(module.__name__, module.__spec__ is spec, hasattr(module, "LOADS"))
spec.loader.exec_module(module)
print(module.LOADS, "il_mod" in sys.modules)
print(importlib.util.find_spec("sys").origin, importlib.util.find_spec("math").name)
print(importlib.util.resolve_name(".sub", "il_pkg"), importlib.util.resolve_name("abs", None))
print(importlib.machinery.ModuleSpec("x", None).parent, importlib.machinery.ModuleSpec("a.b", None).parent)
print(importlib.machinery.ModuleSpec("a.b", None, is_package=True).parent)
print(importlib.machinery.ModuleSpec("a.b", None, origin="here"))
print(importlib.machinery.BuiltinImporter, importlib.machinery.PathFinder)
try:
    importlib.util.find_spec("il_mod.child")
except ModuleNotFoundError as e:
    print(e)
print(".py" in importlib.machinery.all_suffixes())
