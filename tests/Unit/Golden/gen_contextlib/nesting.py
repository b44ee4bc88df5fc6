# contextmanager generators that themselves use yield from and nested with blocks.
from contextlib import contextmanager, nullcontext, redirect_stdout
import io

@contextmanager
def indent(log, level):
    log.append("  " * level + "{")
    try:
        yield level + 1
    finally:
        log.append("  " * level + "}")

def nested_setup(log):
    # a sub-generator used with yield from inside the manager's generator
    with indent(log, 0) as lvl:
        with indent(log, lvl) as lvl2:
            yield lvl2

@contextmanager
def both(log):
    yield from nested_setup(log)

log = []
with both(log) as depth:
    log.append("    body at depth %d" % depth)
print("\n".join(log))

try:
    log = []
    with both(log):
        raise KeyError("k")
except KeyError:
    print("\n".join(log))

with nullcontext(5) as n:
    print(n)

buf = io.StringIO()
@contextmanager
def noisy():
    print("noisy enter")
    yield
    print("noisy exit")
with redirect_stdout(buf):
    with noisy():
        print("inside")
print(repr(buf.getvalue()))
