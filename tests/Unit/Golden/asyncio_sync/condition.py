# asyncio.Condition: wait() releases the lock until notified, notify(n) / notify_all(), wait_for().
import asyncio

log = []


async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        log.append(f'{name} got {items.pop(0)}')


async def main():
    cond = asyncio.Condition()
    items = []
    consumers = [asyncio.create_task(consumer(cond, items, n)) for n in ('a', 'b', 'c')]
    await asyncio.sleep(0.01)
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(0.01)
    print(log)
    async with cond:
        items.extend([2, 3])
        cond.notify_all()
    await asyncio.gather(*consumers)
    print(log)

    woken = []

    async def sleeper(n):
        async with cond:
            woken.append((n, await cond.wait()))
    sleepers = [asyncio.create_task(sleeper(n)) for n in range(4)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    print(woken)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*sleepers)
    print(woken)

    for op in (cond.wait(), ):
        try:
            await op
        except RuntimeError as e:
            print('RuntimeError:', e)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)

    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with shared:
        print(lock.locked(), shared.locked())
    print(lock.locked())

asyncio.run(main())
