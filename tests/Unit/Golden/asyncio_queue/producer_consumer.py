# A bounded queue between producers and consumers: put waits while full, get while empty,
# join() returns once task_done() was called for every item.
import asyncio

log = []


async def producer(q, name, items):
    for item in items:
        await q.put((name, item))
        log.append(f'put {name}{item} size={q.qsize()}')


async def consumer(q, results):
    while True:
        name, item = await q.get()
        await asyncio.sleep(0)
        results.append(f'{name}{item}')
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    results = []
    consumers = [asyncio.create_task(consumer(q, results)) for _ in range(2)]
    await asyncio.gather(producer(q, 'a', range(4)), producer(q, 'b', range(3)))
    await q.join()
    print(sorted(results), len(results))
    print(max(int(line.split('=')[1]) for line in log) <= 2)
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(q.empty(), q.qsize())

    q = asyncio.Queue()
    order = []

    async def getter(n):
        order.append((n, await q.get()))
    getters = [asyncio.create_task(getter(n)) for n in range(3)]
    await asyncio.sleep(0)
    for x in 'xyz':
        q.put_nowait(x)
    await asyncio.gather(*getters)
    print(order)

    q = asyncio.Queue(1)
    await q.put('first')
    blocked = asyncio.create_task(q.put('second'))
    await asyncio.sleep(0.01)
    print(blocked.done(), q.qsize())
    print(await q.get(), await blocked, q.qsize(), await q.get())

asyncio.run(main())
