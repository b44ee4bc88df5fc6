# Cancelling a task: CancelledError is raised at its await, finally blocks run, the message
# given to cancel() travels with the exception, and cancel() on a done task returns False.
import asyncio

log = []


async def worker():
    try:
        log.append('start')
        await asyncio.sleep(1)
        log.append('not reached')
    except asyncio.CancelledError as e:
        log.append(f'cancelled with {e.args}')
        raise
    finally:
        log.append('finally')


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    print(t.cancel('shutdown'), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting raised', e.args)
    print(log, t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result() raised CancelledError', e.args)
    try:
        t.exception()
    except asyncio.CancelledError:
        print('exception() raised CancelledError')

    log.clear()
    t = asyncio.create_task(worker())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled before start', e.args, log)

    async def quick():
        return 'quick'
    q = asyncio.create_task(quick())
    print(await q, q.cancel(), q.cancelled())

    fut = asyncio.get_running_loop().create_future()

    async def wait_fut():
        return await fut
    w = asyncio.create_task(wait_fut())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    print('inner future cancelled:', fut.cancelled())

asyncio.run(main())
