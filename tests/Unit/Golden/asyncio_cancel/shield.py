# shield: cancelling the outer await leaves the shielded task running to completion.
import asyncio

log = []


async def important():
    await asyncio.sleep(0.1)
    log.append('important finished')
    return 'result'


async def caller(task):
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        log.append('caller cancelled')
        raise


async def main():
    inner = asyncio.create_task(important())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        log.append('c is cancelled')
    print(inner.done(), log)
    print(await inner, log)

    done = asyncio.create_task(important())
    await done
    print(asyncio.shield(done) is done)

    s = asyncio.shield(important())
    print(await s)

    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('inner cancelled -> outer cancelled', outer.cancelled())

    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    outer.cancel()
    print(await inner, inner.cancelled())

asyncio.run(main())
