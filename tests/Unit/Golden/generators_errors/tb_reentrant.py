# Resuming a generator from inside itself: ValueError.
def g():
    yield next(me)

me = g()
next(me)
