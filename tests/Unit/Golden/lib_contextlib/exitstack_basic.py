from contextlib import ExitStack, suppress

class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.suppress

with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "abc"]
    stack.callback(print, "callback", "args", sep="-")
    print("body", names)

with ExitStack() as stack:
    stack.enter_context(CM("outer"))
    stack.enter_context(CM("suppressor", suppress=True))
    stack.enter_context(CM("inner"))
    raise ValueError("x")
print("suppressed by stack")

def cleanup(typ, val, tb):
    print("push cleanup", typ.__name__ if typ else None)
with ExitStack() as stack:
    stack.push(cleanup)
    stack.push(CM("pushed"))

stack = ExitStack()
stack.enter_context(CM("kept"))
moved = stack.pop_all()
stack.close()
print("after close of emptied stack")
moved.close()

try:
    with ExitStack() as stack:
        stack.callback(lambda: print("cb1"))
        def bad():
            raise KeyError("from callback")
        stack.callback(bad)
        stack.callback(lambda: print("cb3"))
except KeyError as e:
    print("KeyError raised:", e)

try:
    with ExitStack() as stack:
        def raiser():
            raise IndexError("second")
        stack.callback(raiser)
        raise TypeError("first")
except IndexError as e:
    print("IndexError", e, "context:", type(e.__context__).__name__, e.__context__)

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)

with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("suppressed division")
r = ExitStack().callback(len)
print(r is len)
