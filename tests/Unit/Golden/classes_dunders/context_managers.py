# Context managers as classes: suppressing exceptions, re-raising, nested with, exceptions inside
# __enter__/__exit__, a reusable timer-like manager, and contextlib-free redirect pattern.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.caught = ev
        return et is not None and issubclass(et, self.types)


with Suppress(KeyError) as s:
    {}["missing"]
print("suppressed", repr(s.caught))
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("passed through:", e)


class Log:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  " * Log.depth + "enter " + self.name)
        Log.depth += 1
        return self

    def __exit__(self, *exc):
        Log.depth -= 1
        print("  " * Log.depth + "exit " + self.name, exc[0].__name__ if exc[0] else "")
        return False


with Log("outer"):
    with Log("inner1"), Log("inner2"):
        pass
    try:
        with Log("failing"):
            raise ValueError("x")
    except ValueError:
        print("handled")


class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("never")


try:
    with BadEnter():
        print("never body")
except RuntimeError as e:
    print("RuntimeError:", e)


class Resource:
    def __init__(self):
        self.open = False

    def __enter__(self):
        self.open = True
        return self

    def __exit__(self, *a):
        self.open = False


r = Resource()
with r as same:
    print(same is r, r.open)
print(r.open)


def use():
    with Log("in function"):
        return "returned"


print(use())
