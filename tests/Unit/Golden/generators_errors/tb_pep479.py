# Traceback of PEP 479's RuntimeError: the StopIteration is the direct cause.
def g():
    yield 1
    raise StopIteration(7)

for x in g():
    print(x)
