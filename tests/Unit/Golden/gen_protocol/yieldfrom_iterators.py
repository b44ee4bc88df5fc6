# yield from delegating to arbitrary iterables and to objects with send/throw/close.
def deleg(it):
    result = yield from it
    print("result:", result)
    return result

print(list(deleg([1, 2])))
print(list(deleg("ab")))
print(list(deleg(range(3))))
print(list(deleg({"k": 1, "j": 2})))
print(list(deleg(iter((7, 8)))))
print(list(deleg(x * x for x in range(3))))

try:
    list(deleg(5))
except TypeError as e:
    print("TypeError:", e)

class Coro:
    """An iterator with the full generator-like interface."""
    def __init__(self):
        self.n = 0
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        self.log.append("next")
        return self._step(None)
    def send(self, v):
        self.log.append(("send", v))
        return self._step(v)
    def throw(self, *args):
        self.log.append(("throw", args[0].__name__ if isinstance(args[0], type) else type(args[0]).__name__))
        if isinstance(args[0], KeyError) or args[0] is KeyError:
            return "threw-handled"
        raise args[0]
    def close(self):
        self.log.append("close")
    def _step(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration("coro result")
        return (self.n, v)

c = Coro()
g = deleg(c)
print(next(g))
print(g.send("a"))
print(g.throw(KeyError))
print(g.send("b") if False else next(g, None))
print(c.log)

c = Coro()
g = deleg(c)
next(g)
g.close()
print(c.log)

c = Coro()
g = deleg(c)
next(g)
try:
    g.throw(ValueError("bad"))
except ValueError as e:
    print("propagated", e)
print(c.log)

class NoSend:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
g = deleg(NoSend())
next(g)
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
g = deleg(NoSend())
next(g)
g.close()
print("close of an object without close() is fine")
