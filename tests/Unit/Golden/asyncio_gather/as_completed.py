# as_completed yields awaitables in completion order; a timeout raises TimeoutError.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    coros = [job('slow', 0.3), job('fast', 0.1), job('mid', 0.2)]
    for next_done in asyncio.as_completed(coros):
        print(await next_done)

    got = []
    try:
        for f in asyncio.as_completed([job('quick', 0.01), job('never', 1)], timeout=0.2):
            got.append(await f)
    except TimeoutError:
        print('TimeoutError after', got)

    t = asyncio.create_task(job('task', 0))
    results = [await f for f in asyncio.as_completed([t, job('coro', 0.01)])]
    print(results)
    try:
        next(asyncio.as_completed(t))
    except TypeError as e:
        print('TypeError:', e)
    print(list(asyncio.as_completed([])))

asyncio.run(main())
