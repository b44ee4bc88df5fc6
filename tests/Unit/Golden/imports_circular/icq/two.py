from . import one
def call_one():
    return one.name()
