# an exception whose __str__ fails still prints a traceback
class Broken(Exception):
    def __str__(self):
        raise ValueError("no str")

def f():
    raise Broken("x")

f()
