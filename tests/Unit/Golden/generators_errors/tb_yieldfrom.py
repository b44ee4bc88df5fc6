# A traceback through yield from lists every delegating frame.
def innermost():
    yield 1
    raise KeyError("deep")

def middle():
    yield from innermost()

def outer():
    yield from middle()

print(list(outer()))
