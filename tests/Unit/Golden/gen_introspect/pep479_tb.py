# the chained traceback printed for PEP 479's RuntimeError (direct cause).
def source():
    yield 1

def broken():
    it = source()
    while True:
        yield next(it)

for x in broken():
    print(x)
