# contextmanager: exceptions raised inside the with block reach the generator at its yield.
from contextlib import contextmanager

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print(f"  {name} saw KeyError {e}")
        raise
    except ValueError as e:
        print(f"  {name} swallowed ValueError {e}")
    finally:
        print(f"</{name}>")

with tag("a") as v:
    print("  body", v)

with tag("b"):
    raise ValueError("swallowed")
print("after b")

try:
    with tag("c"):
        raise KeyError("passes")
except KeyError as e:
    print("outside got", repr(e))

try:
    with tag("d"):
        raise TypeError("not handled by the generator")
except TypeError as e:
    print("outside got", repr(e))

# nested managers unwind innermost first
try:
    with tag("outer"), tag("inner"):
        raise KeyError("nested")
except KeyError:
    print("nested done")

# the generator may raise a different exception: the original becomes its __context__
@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e
try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(repr(e), repr(e.__cause__))

# the exception object identity is preserved when re-raised
err = IndexError("same")
try:
    with tag("e"):
        raise err
except IndexError as e:
    print(e is err)
