from . import two
def name():
    return "one"
