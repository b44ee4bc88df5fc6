print("init", __name__, __package__)


def leaf_func():
    return "leaf:" + __name__
