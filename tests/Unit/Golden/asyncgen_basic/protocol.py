# Async generators driven by hand: __anext__/asend/athrow/aclose awaitables, awaits inside the body.
import types


@types.coroutine
def pause(tag):
    return (yield tag)


async def agen(n):
    try:
        for i in range(n):
            got = await pause(("step", i))
            x = yield (i, got)
            print("agen received", x)
    finally:
        print("agen finally")
        await pause("cleanup")
        print("agen cleanup done")


def run(c):
    n = None
    try:
        while True:
            v = c.send(n)
            print("loop got", v)
            n = 0 if n is None else n + 1
    except StopIteration as e:
        return e.value


async def main():
    g = agen(3)
    print(type(g).__name__, g.ag_running, g.ag_frame is not None, g.ag_await)
    async for v in g:
        print("for", v)
    print(g.ag_frame)
    print([v async for v in agen(2)])
    g = agen(5)
    print(await g.__anext__())
    print(await g.asend("hello"))
    try:
        print(await g.athrow(KeyError("k")))
    except KeyError as e:
        print("athrow propagated", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g = agen(5)
    print(await g.__anext__())
    print(await g.aclose())
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed generator: StopAsyncIteration")
    return "main done"


print(run(main()))
