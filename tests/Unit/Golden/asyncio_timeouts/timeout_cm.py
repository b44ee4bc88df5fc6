# asyncio.timeout / timeout_at (3.11): expiry turns the cancellation into TimeoutError at the
# block; expired(), when(), reschedule() and the repr states.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.02) as cm:
            print(repr(cm).startswith('<Timeout [active] when='))
            await asyncio.sleep(1)
    except TimeoutError as e:
        print('TimeoutError', type(e.__cause__).__name__, cm.expired(), cm)

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print('in time', cm.expired(), cm)

    async with asyncio.timeout(None) as cm:
        print(cm.when(), cm)
        await asyncio.sleep(0.01)
    print(cm)

    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print('rescheduled deadline hit', cm.expired())

    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.03)
    print('deadline removed', cm.expired())
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError:', e)

    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout_at expired')

    try:
        async with asyncio.timeout(-1):
            print('body runs')
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('past deadline: TimeoutError at first await')

    try:
        async with asyncio.timeout(0.05):
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
    except TimeoutError:
        print('inner timeout propagated')

    async with asyncio.timeout(1):
        try:
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
        except TimeoutError:
            print('inner caught, outer untouched')
        await asyncio.sleep(0.01)
    print('outer done')

    t = asyncio.timeout(1)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)

    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                print('cleanup inside the block runs')
    except TimeoutError:
        print('TimeoutError after cleanup')

asyncio.run(main())

loop = asyncio.new_event_loop()


async def not_in_task():
    async with asyncio.timeout(1):
        pass

coro = not_in_task()
try:
    coro.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
coro.close()
loop.close()
