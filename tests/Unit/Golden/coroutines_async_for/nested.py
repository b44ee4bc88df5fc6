# Nested async for loops, async for in try/finally with break, and StopAsyncIteration from the loop body.
import types


@types.coroutine
def pause():
    yield


class Range:
    def __init__(self, n, name):
        self.n, self.name, self.i = n, name, 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await pause()
        if self.i == self.n:
            print(self.name, "exhausted")
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def main():
    pairs = []
    async for a in Range(2, "outer"):
        async for b in Range(2, f"inner{a}"):
            pairs.append((a, b))
    print(pairs)
    try:
        async for a in Range(5, "broken"):
            try:
                if a == 2:
                    break
            finally:
                print("finally for", a)
    finally:
        print("after break")
    try:
        async for a in Range(3, "body-raises"):
            raise StopAsyncIteration("from body")
    except StopAsyncIteration as e:
        print("body StopAsyncIteration propagates:", e)
    total = 0
    async for a in Range(3, "sum"):
        total += a
    return total


def run(c):
    steps = 0
    try:
        while True:
            c.send(None)
            steps += 1
    except StopIteration as e:
        print("steps", steps)
        return e.value


print(run(main()))
