# The error messages of misused coroutines, matching CPython.
import types


async def coro():
    return 1


c = coro()
for what, action in [
    ("next", lambda: next(c)),
    ("iter", lambda: iter(c)),
    ("for", lambda: [x for x in c]),
    ("send non-None", lambda: c.send(5)),
    ("send 2 args", lambda: c.send(1, 2)),
    ("close arg", lambda: c.close(1)),
    ("throw no args", lambda: c.throw()),
    ("throw 4 args", lambda: c.throw(1, 2, 3, 4)),
    ("throw non-exception", lambda: c.throw(5)),
    ("throw bad tb", lambda: c.throw(ValueError, ValueError(), 5)),
]:
    try:
        action()
    except Exception as e:
        print(what, "->", type(e).__name__, e)

try:
    c.send(None)
except StopIteration as e:
    print("finished", e.value)
for what, action in [("send again", lambda: c.send(None)), ("throw again", lambda: c.throw(KeyError))]:
    try:
        action()
    except Exception as e:
        print(what, "->", type(e).__name__, e)


async def bad_awaits(obj):
    await obj


class NoAwait:
    pass


class AwaitReturnsInt:
    def __await__(self):
        return 5


made = []


class AwaitReturnsCoro:
    def __await__(self):
        made.append(coro())
        return made[-1]


for obj in [1, "s", NoAwait(), AwaitReturnsInt(), AwaitReturnsCoro(), None]:
    try:
        bad_awaits(obj).send(None)
    except TypeError as e:
        print(type(obj).__name__, "->", e)


async def raises_stop():
    raise StopIteration("escaped")

try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def gen():
    yield from made[0]

try:
    next(gen())
except TypeError as e:
    print(e)
made[0].close()


async def reawait():
    c = coro()
    await c
    await c

try:
    reawait().send(None)
except RuntimeError as e:
    print(e)


async def self_await():
    await me

me = self_await()
try:
    me.send(None)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)


@types.coroutine
def pause():
    yield


async def waiter(c):
    await c

shared = coro.__class__
async def slow():
    await pause()

target = slow()
first = waiter(target)
first.send(None)
second = waiter(target)
try:
    second.send(None)
except RuntimeError as e:
    print(e)
