# throw()/close() into a generator or coroutine whose delegate (yield from / await target) has no throw or close.
import types


class Plain:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("plain done")
        return f"plain {self.n}"


def gen():
    try:
        r = yield from Plain()
        print("delegate returned", r)
    except ValueError as e:
        print("gen caught", repr(e))
        yield "after catch"
    return "gen end"


g = gen()
print(next(g))
print(g.throw(ValueError("in")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

g = gen()
print(next(g), g.gi_yieldfrom.__class__.__name__)
print(g.close(), g.gi_frame)


class AwaitPlain:
    def __await__(self):
        return Plain()


async def coro():
    try:
        await AwaitPlain()
    except KeyError as e:
        print("coro caught", repr(e))
        return "coro handled"


c = coro()
print(c.send(None), type(c.cr_await).__name__)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("stop", e.value)

c = coro()
c.send(None)
try:
    c.throw(TypeError("unhandled"))
except TypeError as e:
    print("propagated", e, c.cr_frame)
