# Semaphore limits concurrency; BoundedSemaphore refuses extra releases.
import asyncio

active = 0
peak = 0


async def limited(sem, n):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.01)
        active -= 1
        return n


async def main():
    sem = asyncio.Semaphore(3)
    print(sem.locked())
    print(await asyncio.gather(*(limited(sem, n) for n in range(10))))
    print('peak', peak, 'locked', sem.locked())

    sem = asyncio.Semaphore(0)
    print(sem.locked())
    t = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    print(t.done())
    sem.release()
    print(await t, sem.locked())
    sem.release()
    sem.release()
    print(sem.locked())

    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)

    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    async with b:
        async with b:
            print('both slots taken', b.locked())
    print(b.locked())

    order = []
    sem = asyncio.Semaphore(1)

    async def ordered(n):
        async with sem:
            order.append(n)
            await asyncio.sleep(0)
    await asyncio.gather(*(ordered(n) for n in range(5)))
    print(order)

asyncio.run(main())
