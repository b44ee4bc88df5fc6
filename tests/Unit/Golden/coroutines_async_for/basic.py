# async for over __aiter__/__anext__ objects; break/continue/else; async comprehensions.
import types


@types.coroutine
def pause(tag):
    yield tag


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await pause(f"tick {self.i}")
        self.i += 1
        return self.i


async def main():
    async for t in Ticker(3):
        print("got", t)
    async for t in Ticker(5):
        if t == 2:
            continue
        if t == 4:
            break
        print("loop", t)
    else:
        print("no else after break")
    async for t in Ticker(1):
        pass
    else:
        print("else ran", t)
    squares = [t * t async for t in Ticker(4)]
    evens = {t async for t in Ticker(6) if t % 2 == 0}
    table = {t: str(t) async for t in Ticker(2)}
    print(squares, sorted(evens), table)
    nested = [[x async for x in Ticker(k)] for k in range(3)]
    print(nested)
    awaited = [await pause2(x) for x in range(3)]
    print(awaited)
    return "finished"


async def pause2(x):
    await pause("p2")
    return x * 10


def run(c):
    n = 0
    try:
        while True:
            c.send(None)
            n += 1
    except StopIteration as e:
        print("suspensions:", n)
        return e.value


print(run(main()))
