# asyncio.Event: wait() blocks until set(); every waiter wakes; clear() re-arms it.
import asyncio

log = []


async def waiter(event, name):
    log.append(f'{name} waiting')
    result = await event.wait()
    log.append(f'{name} woke {result}')


async def main():
    event = asyncio.Event()
    print(event.is_set())
    tasks = [asyncio.create_task(waiter(event, n)) for n in ('a', 'b', 'c')]
    await asyncio.sleep(0.01)
    print(log)
    event.set()
    event.set()
    await asyncio.gather(*tasks)
    print(log, event.is_set())
    print(await event.wait())
    event.clear()
    print(event.is_set())
    t = asyncio.create_task(event.wait())
    await asyncio.sleep(0.01)
    print(t.done())
    asyncio.get_running_loop().call_later(0.01, event.set)
    print(await t)

    e2 = asyncio.Event()
    try:
        await asyncio.wait_for(e2.wait(), 0.01)
    except TimeoutError:
        print('wait timed out, set =', e2.is_set())

asyncio.run(main())
