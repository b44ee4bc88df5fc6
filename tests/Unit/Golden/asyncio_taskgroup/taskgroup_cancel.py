# Cancelling the task running a TaskGroup cancels the group's tasks; the CancelledError
# propagates (not wrapped) and the group's own cancellation request is undone.
import asyncio

log = []


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise


async def parent():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child('a'))
        tg.create_task(child('b'))
    log.append('not reached')


async def quiet_child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return 'swallowed'


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print('parent cancelled', sorted(log), p.cancelling())

    async def fail_soon():
        await asyncio.sleep(0.01)
        raise RuntimeError('fail')

    try:
        async with asyncio.TaskGroup() as tg:
            q = tg.create_task(quiet_child())
            tg.create_task(fail_soon())
    except* RuntimeError:
        print('group failed; quiet child returned', q.result())
    print('main task cancelling() =', asyncio.current_task().cancelling())

    try:
        async with asyncio.timeout(0.02):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child('c'))
                tg.create_task(child('d'))
    except TimeoutError:
        print('timeout around a TaskGroup', sorted(log)[-2:])

asyncio.run(main())
