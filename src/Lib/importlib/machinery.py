"""The finders, loaders and spec type of the import system."""

from _frozen_importlib import ModuleSpec, BuiltinImporter
from _frozen_importlib_external import (
    SourceFileLoader, PathFinder, NamespaceLoader,
    SOURCE_SUFFIXES, BYTECODE_SUFFIXES, EXTENSION_SUFFIXES,
)


def all_suffixes():
    """Every file suffix the path finder recognises."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
