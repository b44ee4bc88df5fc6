# PEP 562: module-level __getattr__ and __dir__.
known = "yes"


def __getattr__(name):
    if name.startswith("dyn_"):
        return name[4:] * 2
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
