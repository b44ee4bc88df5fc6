from contextlib import contextmanager

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("inside", t)

@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)

with swallow():
    raise ValueError("bad")
print("continued")

try:
    with tag("div"):
        raise KeyError("k")
except KeyError as e:
    print("KeyError propagated", e)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@tag("deco")
def decorated(x):
    print("decorated body", x)
    return x * 2
print(decorated(5), decorated(6))
print(tag.__name__, tag("q").__class__.__name__)
