from contextlib import ExitStack, suppress, nullcontext, closing, redirect_stdout, ContextDecorator, AbstractContextManager
import io

class tracked(ContextDecorator):
    def __init__(self, label): self.label = label
    def __enter__(self):
        print("start", self.label)
        return self
    def __exit__(self, *exc):
        print("stop", self.label, exc[0].__name__ if exc[0] else None)
        return False

@tracked("job")
def job(x):
    print("working", x)
    return x + 1
print(job(1))
with tracked("block") as t:
    print("label is", t.label)

files = []
class FakeFile:
    def __init__(self, name): self.name = name; files.append(name)
    def close(self): print("closed", self.name)
with ExitStack() as stack:
    handles = [stack.enter_context(closing(FakeFile(n))) for n in ("a", "b", "c")]
    print([h.name for h in handles])

def optional_cm(use):
    return closing(FakeFile("real")) if use else nullcontext(FakeFile("none"))
with optional_cm(True) as f1:
    print("got", f1.name)
with optional_cm(False) as f2:
    print("got", f2.name)

out = io.StringIO()
with redirect_stdout(out), suppress(ValueError):
    print("inside")
    int("x")
print("captured:", out.getvalue().strip())

stack = ExitStack()
stack.callback(print, "deferred 1")
stack.callback(print, "deferred 2")
with stack:
    print("in with")
result = []
with ExitStack() as s:
    @s.callback
    def on_exit():
        result.append("decorated callback ran")
print(result, on_exit.__name__)
