# wait_for: returns in time, or cancels the awaitable and raises TimeoutError (from CancelledError).
import asyncio

log = []


async def job(delay, value):
    try:
        await asyncio.sleep(delay)
        return value
    except asyncio.CancelledError:
        log.append(f'job {value} cancelled')
        raise


async def main():
    print(await asyncio.wait_for(job(0.01, 'quick'), timeout=1))
    try:
        await asyncio.wait_for(job(1, 'slow'), timeout=0.02)
    except asyncio.TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__, log)
    print(await asyncio.wait_for(job(0.01, 'no limit'), None))
    try:
        await asyncio.wait_for(job(0.01, 'zero'), 0)
    except TimeoutError:
        print('timeout 0', log)

    t = asyncio.create_task(job(0, 'done-task'))
    await asyncio.sleep(0.01)
    print(await asyncio.wait_for(t, 0))

    async def raises():
        await asyncio.sleep(0)
        raise KeyError('inner')
    try:
        await asyncio.wait_for(raises(), 1)
    except KeyError as e:
        print('KeyError', e)

    async def outer():
        return await asyncio.wait_for(job(1, 'inner of cancelled'), 1)
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print('outer cancelled', log[-1])

    async def survivor():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return 'suppressed cancel'
    print(await asyncio.wait_for(survivor(), 0.01))

asyncio.run(main())
