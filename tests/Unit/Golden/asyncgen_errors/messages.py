# Error messages of async generators and their awaitables, matching CPython.
import types


@types.coroutine
def pause():
    yield "paused"


async def stuck():
    await pause()
    yield 5


g = stuck()
first = g.__anext__()
print(first.send(None))
print(g.ag_running, type(g.ag_await).__name__)
for what, action in [
    ("second __anext__", lambda: g.__anext__().send(None)),
    ("aclose while running", lambda: g.aclose().send(None)),
    ("athrow while running", lambda: g.athrow(ValueError).send(None)),
]:
    try:
        action()
    except RuntimeError as e:
        print(what, "->", e)


async def bad_sai():
    yield 1
    raise StopAsyncIteration("inner")


async def bad_si():
    yield 1
    raise StopIteration("inner")


async def drain(agen):
    try:
        async for x in agen:
            print("item", x)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value


run(drain(bad_sai()))
run(drain(bad_si()))


async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def close_it():
    g = ignores_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("aclose:", e)

run(close_it())

a = ignores_exit()
for what, action in [
    ("iter", lambda: iter(a)),
    ("next", lambda: next(a)),
    ("await non-None send", lambda: a.athrow(ValueError).send(5)),
    ("athrow no args", lambda: a.athrow().send(None)),
    ("asend 2 args", lambda: a.asend(1, 2)),
    ("aclose arg", lambda: a.aclose(1)),
]:
    try:
        action()
    except (TypeError, RuntimeError) as e:
        print(what, "->", type(e).__name__, e)


async def return_value():
    yield 1

try:
    compile("async def f():\n    yield 1\n    return 2\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("def f():\n    return [x async for x in y]\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("async def f():\n    yield from g()\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
