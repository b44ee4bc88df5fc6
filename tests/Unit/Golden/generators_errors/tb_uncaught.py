# An error inside a generator shows the generator frame in the traceback.
def numbers():
    yield 1
    yield 2
    1 / 0

def consume():
    for n in numbers():
        print(n)

consume()
