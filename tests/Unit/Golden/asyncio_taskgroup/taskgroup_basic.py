# TaskGroup waits for all its tasks when the block ends, including tasks created late.
import asyncio

log = []


async def job(name, delay):
    await asyncio.sleep(delay)
    log.append(name)
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        t1 = tg.create_task(job('one', 0.03))
        t2 = tg.create_task(job('two', 0.01), name='second')
        print(repr(tg), t2.get_name())
    print(log, t1.result(), t2.result(), repr(tg))

    log.clear()

    async def spawner(tg):
        await asyncio.sleep(0.01)
        tg.create_task(job('spawned later', 0.01))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg))
    print(log)

    async with asyncio.TaskGroup() as tg:
        pass
    coro = job('too late', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    for bad in (asyncio.TaskGroup(),):
        coro = job('x', 0)
        try:
            bad.create_task(coro)
        except RuntimeError as e:
            print('RuntimeError:', e)
        coro.close()
    tg = asyncio.TaskGroup()
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print('RuntimeError:', e)
    results = []
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(f'n{i}', 0.01 * (3 - i))) for i in range(3)]
    print([t.result() for t in tasks])

asyncio.run(main())
