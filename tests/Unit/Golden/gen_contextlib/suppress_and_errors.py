# contextmanager error cases: didn't yield, didn't stop, StopIteration in the block, suppression.
from contextlib import contextmanager, suppress

@contextmanager
def twice():
    yield 1
    yield 2

try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def never():
    if False:
        yield

try:
    with never():
        print("not reached")
except RuntimeError as e:
    print("RuntimeError:", e)

# yields twice while an exception is active: still "generator didn't stop after throw()"
@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        yield
try:
    with keeps_going():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError:", e)

# a StopIteration raised in the block is re-raised as itself, not swallowed
@contextmanager
def plain():
    yield
try:
    with plain():
        raise StopIteration("from the block")
except StopIteration as e:
    print("StopIteration:", e)

# a generator that suppresses by not re-raising
@contextmanager
def quiet(*types):
    try:
        yield
    except types as e:
        print("suppressed", type(e).__name__)
with quiet(OSError, KeyError):
    raise FileNotFoundError("x")
with quiet(OSError):
    pass
print("continued")

with suppress(ZeroDivisionError):
    1 / 0
    print("not printed")
with suppress():
    pass
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)

# the manager object can be used once only
cm = plain()
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__, e)
