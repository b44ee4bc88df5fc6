# Tasks interleave at every await: sleep(0) yields exactly one loop iteration, timed sleeps
# wake in deadline order, and sleep returns its result argument.
import asyncio

log = []


async def ticker(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)


async def sleeper(name, delay):
    r = await asyncio.sleep(delay, result=name)
    log.append(r)
    return r


async def main():
    await asyncio.gather(ticker('a', 3), ticker('b', 2), ticker('c', 3))
    print(log)
    log.clear()
    await asyncio.gather(sleeper('slow', 0.3), sleeper('fast', 0.1), sleeper('mid', 0.2))
    print(log)
    print(await asyncio.sleep(0, 'zero'), await asyncio.sleep(-1, 'negative'))
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(0.02)
    print(loop.time() - start >= 0.015)

asyncio.run(main())
