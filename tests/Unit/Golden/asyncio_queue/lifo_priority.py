# LifoQueue returns the newest item first; PriorityQueue the smallest.
import asyncio


async def main():
    lifo = asyncio.LifoQueue()
    for i in range(4):
        await lifo.put(i)
    print([await lifo.get() for _ in range(4)])

    pq = asyncio.PriorityQueue()
    for item in [(3, 'low'), (1, 'high'), (2, 'mid'), (1, 'also high')]:
        pq.put_nowait(item)
    print(str(pq))
    print([pq.get_nowait() for _ in range(4)])

    pq = asyncio.PriorityQueue(maxsize=1)

    async def feeder():
        for p in (5, 4, 3):
            await pq.put(p)
    f = asyncio.create_task(feeder())
    got = []
    for _ in range(3):
        got.append(await pq.get())
        pq.task_done()
    await f
    await pq.join()
    print(got)
    print(isinstance(lifo, asyncio.Queue), isinstance(pq, asyncio.Queue))

asyncio.run(main())
