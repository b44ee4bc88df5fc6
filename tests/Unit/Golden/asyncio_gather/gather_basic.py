# gather: results in argument order whatever the completion order; repeated awaitables run once.
import asyncio

log = []


async def job(name, delay):
    await asyncio.sleep(delay)
    log.append(name)
    return name.upper()


async def main():
    print(await asyncio.gather(job('a', 0.3), job('b', 0.1), job('c', 0.2)))
    print(log)
    print(await asyncio.gather())
    t = asyncio.create_task(job('t', 0))
    print(await asyncio.gather(t, t, job('d', 0)))
    g = asyncio.gather(job('e', 0), job('f', 0))
    print(type(g).__name__, asyncio.isfuture(g))
    print(await g, g.done())
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, 'fut')
    print(await asyncio.gather(fut, asyncio.sleep(0, 'sleep')))
    results = await asyncio.gather(*(job(str(i), 0.05 * (5 - i)) for i in range(5)))
    print(results, log[-5:])

asyncio.run(main())
