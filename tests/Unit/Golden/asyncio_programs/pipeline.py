# Stages connected by queues, each stage a group of tasks in a TaskGroup; a sentinel per worker
# shuts the pipeline down; an Event pauses and resumes the source.
import asyncio

STOP = object()


async def source(out, n, resume):
    for i in range(n):
        if i == n // 2:
            await resume.wait()
        await out.put(i)
    await out.put(STOP)


async def stage(name, inp, out, func, workers):
    async def worker():
        while True:
            item = await inp.get()
            if item is STOP:
                await inp.put(STOP)
                return
            await asyncio.sleep(0)
            await out.put(func(item))

    async with asyncio.TaskGroup() as tg:
        for _ in range(workers):
            tg.create_task(worker())
    await out.put(STOP)


async def sink(inp, collected):
    while (item := await inp.get()) is not STOP:
        collected.append(item)


async def main():
    q1, q2, q3 = asyncio.Queue(3), asyncio.Queue(3), asyncio.Queue()
    resume = asyncio.Event()
    collected = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(source(q1, 10, resume))
        tg.create_task(stage('square', q1, q2, lambda x: x * x, 3))
        tg.create_task(stage('label', q2, q3, lambda x: f'<{x}>', 2))
        sink_task = tg.create_task(sink(q3, collected))
        await asyncio.sleep(0.1)
        print('paused with', len(collected), 'items')
        resume.set()
    print(sorted(collected, key=lambda s: int(s[1:-1])))
    print(sink_task.done(), q1.empty(), q3.empty())

asyncio.run(main())
