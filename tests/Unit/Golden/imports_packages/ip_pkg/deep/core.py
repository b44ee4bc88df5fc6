print("init", __name__, __package__)
from .. import leaf
from ..leaf import leaf_func as lf
from . import helper
from .helper import help_text


def describe():
    return [leaf.__name__, lf(), helper.__name__, help_text()]
