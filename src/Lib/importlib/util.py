"""Helpers for working with the import system: finding specs, making modules from them."""

import sys
from _frozen_importlib import module_from_spec, _find_spec, _resolve_name as _resolve
from _frozen_importlib import ModuleSpec
from _frozen_importlib_external import SourceFileLoader, cache_from_source


def resolve_name(name, package):
    """The absolute name of a relative module name."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {name!r} '
                          '(required for relative module names)')
    level = 0
    while level < len(name) and name[level] == '.':
        level += 1
    return _resolve(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of a module: from sys.modules when imported, else from the finders (parents are imported)."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError(f'{name}.__spec__ is not set') from None
    if spec is None:
        raise ValueError(f'{name}.__spec__ is None')
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module a given loader will load."""
    if is_package is None and hasattr(loader, 'is_package'):
        is_package = loader.is_package(name)
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for a module loaded from the source file at location."""
    if location is None:
        return None
    location = str(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is None:
        if loader.is_package(name):
            spec.submodule_search_locations = [location.rpartition('/')[0]]
    else:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec
