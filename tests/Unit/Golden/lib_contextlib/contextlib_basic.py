from contextlib import suppress, closing, nullcontext, redirect_stdout, redirect_stderr, AbstractContextManager
import io, sys

with suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
print("after suppress")
with suppress(KeyError, IndexError):
    [][1]
try:
    with suppress(KeyError):
        raise ValueError("boom")
except ValueError as e:
    print("ValueError passed through:", e)
with suppress():
    pass

class Resource:
    def __init__(self, name): self.name = name
    def close(self): print("closing", self.name)
with closing(Resource("db")) as r:
    print("using", r.name)
try:
    with closing(Resource("file")):
        raise RuntimeError("fail")
except RuntimeError as e:
    print("caught", e)

with nullcontext(42) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured line")
    print("second", 2)
print(target is buf, repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
rs = redirect_stdout(io.StringIO())
with rs:
    with rs:
        print("nested")
print("back to stdout")

class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print("exit", exc[0])
with Managed() as m:
    print(type(m).__name__)
