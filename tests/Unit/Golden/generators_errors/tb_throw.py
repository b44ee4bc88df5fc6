# An exception thrown in with throw() appears at the paused yield.
def g():
    x = 1
    yield x
    yield x + 1

it = g()
next(it)
it.throw(ValueError("thrown in"))
