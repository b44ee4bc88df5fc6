# asyncio.Lock: one holder at a time, waiters served in FIFO order, release errors.
import asyncio

log = []


async def critical(lock, name):
    async with lock:
        log.append(f'{name} in')
        await asyncio.sleep(0.01)
        log.append(f'{name} out')


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(*(critical(lock, n) for n in 'abc'))
    print(log)
    print(lock.locked())

    print(await lock.acquire(), lock.locked())
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(waiter.done())
    lock.release()
    print(await waiter, lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)

    await lock.acquire()
    w1 = asyncio.create_task(lock.acquire())
    w2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w1.cancel()
    lock.release()
    print(await w2, w1.cancelled(), lock.locked())
    lock.release()

    async with lock as value:
        print('as value:', value, lock.locked())
    print(lock.locked())

    try:
        asyncio.Lock(loop=asyncio.get_running_loop())
    except TypeError as e:
        print('TypeError:', e)

    counter = 0

    async def increment():
        nonlocal counter
        async with lock:
            value = counter
            await asyncio.sleep(0)
            counter = value + 1
    await asyncio.gather(*(increment() for _ in range(20)))
    print('counter', counter)

asyncio.run(main())
