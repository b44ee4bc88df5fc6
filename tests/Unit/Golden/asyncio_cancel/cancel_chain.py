# Cancellation travels down await chains: cancelling a task waiting on another task cancels it
# too (awaiting a task directly), and asyncio.run cancels tasks left over when main returns.
import asyncio

log = []


async def leaf():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append('leaf cancelled')
        raise


async def middle():
    try:
        await leaf()
    finally:
        log.append('middle finally')


async def outer(task):
    try:
        await task
    except asyncio.CancelledError:
        log.append('outer cancelled')
        raise


async def forgotten(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f'forgotten {n} cancelled at shutdown')
        raise
    finally:
        print(f'forgotten {n} finally')


async def main():
    m = asyncio.create_task(middle())
    o = asyncio.create_task(outer(m))
    await asyncio.sleep(0.01)
    o.cancel()
    await asyncio.sleep(0.01)
    print(log, m.cancelled(), o.cancelled())
    log.clear()

    m = asyncio.create_task(middle())
    await asyncio.sleep(0)
    m.cancel()
    await asyncio.gather(m, return_exceptions=True)
    print(log)

    asyncio.create_task(forgotten(1))
    await asyncio.sleep(0)
    print('main returns')
    return 'main result'

print(asyncio.run(main()))
