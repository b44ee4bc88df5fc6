# The gc module's basic API, and finalization of generators dropped inside functions and loops.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.garbage, gc.callbacks)
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__)
try:
    gc.collect(3)
except ValueError as e:
    print(e)


def numbered(i, log):
    try:
        yield i
    finally:
        log.append(i)


def use_one(i, log):
    g = numbered(i, log)
    return next(g)


log = []
for i in range(3):
    use_one(i, log)
gc.collect()
print(sorted(log))


def take_first(it):
    for x in it:
        return x


log = []
print(take_first(numbered(7, log)))
gc.collect()
print(log)
