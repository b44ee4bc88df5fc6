# ensure_future: futures pass through, coroutines and awaitables become tasks; bad input errors.
import asyncio


class Awaitable:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.value * 2


async def coro():
    return 'coro'


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    a = asyncio.ensure_future(Awaitable(21))
    print(type(a).__name__, await a)
    print(await Awaitable(5))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError:', e)
    other = asyncio.new_event_loop()
    try:
        asyncio.ensure_future(f, loop=other)
    except ValueError as e:
        print('ValueError:', e)
    other.close()
    try:
        asyncio.create_task(f)
    except TypeError as e:
        print('TypeError:', str(e).split(' got ')[0])
    f.cancel()
    print(await asyncio.gather(coro(), Awaitable(1)))

asyncio.run(main())
