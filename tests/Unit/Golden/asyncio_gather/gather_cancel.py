# Cancelling a gather cancels its children; cancelling the task that awaits a gather
# cancels the gather; a cancelled child makes a gather raise CancelledError.
import asyncio

log = []


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f'{name} done')
        return name
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise


async def main():
    g = asyncio.gather(child('a', 1), child('b', 1))
    await asyncio.sleep(0.01)
    print(g.cancel(), g.cancel('again'))
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled(), sorted(log))
    log.clear()

    async def parent():
        return await asyncio.gather(child('c', 1), child('d', 1))
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print('parent cancelled', sorted(log))
    log.clear()

    e = asyncio.create_task(child('e', 1))
    f = asyncio.create_task(child('f', 0.02))
    g = asyncio.gather(e, f, return_exceptions=True)
    await asyncio.sleep(0.01)
    e.cancel('stop e')
    print(await g, log)
    log.clear()

    done_task = asyncio.create_task(child('g', 0))
    await done_task
    g = asyncio.gather(done_task)
    print(g.cancel(), await g)

asyncio.run(main())
