# Async comprehensions and async for over async generators, in every form.
import types


@types.coroutine
def tick():
    yield "tick"


async def numbers(n):
    for i in range(n):
        await tick()
        yield i


async def squares(n):
    async for i in numbers(n):
        yield i * i


async def main():
    print([x async for x in numbers(4)])
    print({x % 3 async for x in numbers(7)} == {0, 1, 2})
    print({x: -x async for x in numbers(3)})
    print([x async for x in squares(5) if x % 2])
    print([[y async for y in numbers(x)] for x in range(4)])
    print([x async for x in numbers(3) async for _ in numbers(2)])
    g = (x * 10 async for x in numbers(3))
    print(type(g).__name__)
    print([y async for y in g])
    total = 0
    async for v in squares(4):
        total += v
    else:
        print("else, total", total)
    return "ok"


def run(c):
    ticks = 0
    try:
        while True:
            c.send(None)
            ticks += 1
    except StopIteration as e:
        print("ticks", ticks)
        return e.value


print(run(main()))
