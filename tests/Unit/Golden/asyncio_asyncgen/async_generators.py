# Async generators driven by tasks: async for, comprehensions, aclose, asend/athrow, and the
# generators still suspended when asyncio.run ends (finalized by loop.shutdown_asyncgens).
import asyncio


async def ticks(n, delay=0):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print(f'ticks({n}) finally')


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    except GeneratorExit:
        print('echo got', received)
        raise


async def main():
    print([i async for i in ticks(3)])
    total = 0
    async for i in ticks(4, 0.001):
        total += i
    print('total', total)

    g = ticks(10)
    print(await g.__anext__(), await anext(g))
    await g.aclose()
    print(await anext(g, 'exhausted'))

    e = echo()
    print(await e.asend(None), await e.asend('a'), await e.asend('b'))
    await e.aclose()

    async def failing():
        yield 1
        raise ValueError('in generator')
    try:
        async for x in failing():
            print('got', x)
    except ValueError as err:
        print('ValueError:', err)

    async def catcher():
        while True:
            try:
                yield
            except KeyError as err:
                yield f'caught {err}'
    c = catcher()
    await c.asend(None)
    print(await c.athrow(KeyError('k')))

    results = await asyncio.gather(*(collect(ticks(k)) for k in (1, 2)))
    print(results)

    global left_open
    left_open = ticks(100)
    print('left open at', await anext(left_open))
    print('main returns')


async def collect(agen):
    return [x async for x in agen]

asyncio.run(main())
print('after asyncio.run')
