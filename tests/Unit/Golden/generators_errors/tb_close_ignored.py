# close() on a generator that yields again: RuntimeError.
def stubborn():
    try:
        yield
    except GeneratorExit:
        print("ignoring")
    yield

s = stubborn()
next(s)
s.close()
