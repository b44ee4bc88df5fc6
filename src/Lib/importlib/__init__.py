"""The import system's Python interface: import_module, reload, invalidate_caches.

The machinery itself lives in the interpreter (_frozen_importlib, _frozen_importlib_external).
"""

import sys
import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _bootstrap_external
from builtins import __import__

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']


def import_module(name, package=None):
    """Import a module by name; a name starting with dots is relative to package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        while level < len(name) and name[level] == '.':
            level += 1
    return _bootstrap._gcd_import(name[level:], package, level)


def invalidate_caches():
    """Ask every finder on sys.meta_path to forget what it cached."""
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


def reload(module):
    """Run the code of an already imported module again, in its existing namespace."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    return _bootstrap._reload(module)
