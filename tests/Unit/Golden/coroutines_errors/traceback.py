# Tracebacks through a chain of awaiting coroutines, printed by the interpreter for an uncaught error.
import types


@types.coroutine
def pause():
    yield


async def deepest(n):
    await pause()
    return 10 // n


async def middle(n):
    return await deepest(n)


async def top(n):
    value = await middle(n)
    return value


def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value


print(run(top(2)))
run(top(0))
