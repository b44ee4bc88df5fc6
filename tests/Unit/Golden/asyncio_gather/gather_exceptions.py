# gather and exceptions: the first exception propagates (others keep running);
# with return_exceptions=True exceptions are returned in the result list.
import asyncio

log = []


async def ok(name, delay):
    await asyncio.sleep(delay)
    log.append(name)
    return name


async def bad(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    try:
        await asyncio.gather(ok('slow', 0.1), bad('first', 0.01), bad('second', 0.02))
    except ValueError as e:
        print('gather raised', e, log)
    await asyncio.sleep(0.15)
    print('after waiting', log)
    res = await asyncio.gather(ok('x', 0), bad('oops', 0), ok('y', 0.01), return_exceptions=True)
    print([type(r).__name__ for r in res], res[1].args)

    async def cancelled_child():
        raise asyncio.CancelledError('child msg')
    res = await asyncio.gather(ok('z', 0), cancelled_child(), return_exceptions=True)
    print(res[0], type(res[1]).__name__, res[1].args)
    try:
        await asyncio.gather(cancelled_child(), ok('w', 0.01))
    except asyncio.CancelledError as e:
        print('CancelledError from child', e.args)
    res = await asyncio.gather(bad('a', 0), bad('b', 0), return_exceptions=True)
    print([str(r) for r in res])

asyncio.run(main())
