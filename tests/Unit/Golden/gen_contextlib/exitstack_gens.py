# ExitStack with generator-based managers: LIFO exit order, callbacks, pop_all, suppression.
from contextlib import ExitStack, contextmanager, closing

@contextmanager
def res(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)

log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    log.append("body " + ",".join(names))
print(log)

# an exception in the body passes through each generator in reverse order
log = []
@contextmanager
def watch(name):
    try:
        yield
    except Exception as e:
        log.append(f"{name} saw {type(e).__name__}")
        raise
try:
    with ExitStack() as stack:
        for n in ("x", "y"):
            stack.enter_context(watch(n))
        raise LookupError("boom")
except LookupError:
    log.append("propagated")
print(log)

# a generator that suppresses stops the exception for the outer managers
log = []
@contextmanager
def swallow():
    try:
        yield
    except Exception as e:
        log.append("swallowed " + str(e))
with ExitStack() as stack:
    stack.enter_context(watch("outer"))
    stack.enter_context(swallow())
    raise ValueError("v")
print(log)

# pop_all transfers the cleanup to a new stack
log = []
with ExitStack() as stack:
    stack.enter_context(res("kept", log))
    moved = stack.pop_all()
log.append("first stack exited")
moved.close()
print(log)

# closing() calls close() on a generator: its finally runs
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
with closing(gen()) as g:
    print(next(g))
print("after closing")

# an exception in a cleanup replaces the body's exception, with __context__ set
@contextmanager
def bad_cleanup():
    try:
        yield
    finally:
        raise RuntimeError("cleanup failed")
try:
    with ExitStack() as stack:
        stack.enter_context(bad_cleanup())
        raise KeyError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
