print("init", __name__, __package__)
from . import leaf
from .leaf import leaf_func
VERSION = "1.0"
__all__ = ["leaf", "deep", "VERSION"]
