# resuming a generator that is running on another thread: ValueError: generator already executing.
# Events make it deterministic: the body blocks on `release` while the main thread tries to resume it.
import threading

entered = threading.Event()
release = threading.Event()

def blocking():
    entered.set()
    release.wait()
    yield "first"
    yield "second"

g = blocking()
results = []
t = threading.Thread(target=lambda: results.append(next(g)))
t.start()
entered.wait()
print("running on the other thread:", g.gi_running, g.gi_suspended)
for name, op in (("next", lambda: next(g)), ("send", lambda: g.send(None)),
                 ("throw", lambda: g.throw(KeyError("k"))), ("close", g.close),
                 ("__next__", lambda: g.__next__())):
    try:
        op()
        print(name, "no error")
    except ValueError as e:
        print(name, "ValueError:", e)
# a for loop over it fails the same way
try:
    for x in g:
        pass
except ValueError as e:
    print("for:", e)
release.set()
t.join()
print(results, g.gi_running)
# the failed attempts did not disturb the generator
print(next(g), next(g, "done"))

# the same with a generator delegating through yield from: the outer one is the one executing
entered.clear()
release.clear()
def inner():
    entered.set()
    release.wait()
    yield "inner"
def outer():
    yield from inner()
o = outer()
t = threading.Thread(target=lambda: results.append(next(o)))
t.start()
entered.wait()
try:
    next(o)
except ValueError as e:
    print("outer:", e)
release.set()
t.join()
print(results[-1], list(o))
