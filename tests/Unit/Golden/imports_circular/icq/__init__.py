from . import one
