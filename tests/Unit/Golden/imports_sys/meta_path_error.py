# An error inside a loader shows the importlib frames CPython keeps (no frames removed for it).
import sys
import importlib.machinery


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        raise ValueError("loader failed for " + module.__name__)


class Finder:
    def find_spec(self, fullname, path, target=None):
        if fullname == "broken_virtual":
            return importlib.machinery.ModuleSpec(fullname, Loader())
        return None


sys.meta_path.insert(0, Finder())
import broken_virtual
