# A task may catch CancelledError and carry on; cancelling() counts requests, uncancel() undoes one.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print('caught, cancelling =', me.cancelling())
        print('uncancel ->', me.uncancel())
    await asyncio.sleep(0.01)
    return 'survived'


async def cancel_twice():
    try:
        await asyncio.sleep(1)
    finally:
        pass


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    print(await t, t.cancelled())

    t = asyncio.create_task(cancel_twice())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled, cancelling =', t.cancelling())
    print(t.uncancel(), t.uncancel(), t.uncancel())

    async def ignores():
        for i in range(3):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('ignored', i)
        return 'finished anyway'
    t = asyncio.create_task(ignores())
    for _ in range(3):
        await asyncio.sleep(0.01)
        t.cancel()
    print(await t)

asyncio.run(main())
