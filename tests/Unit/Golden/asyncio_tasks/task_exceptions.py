# Exceptions raised in tasks: stored in the task, re-raised by await / result(), with their args.
import asyncio


async def fail(exc, delay=0):
    await asyncio.sleep(delay)
    raise exc


async def main():
    t = asyncio.create_task(fail(ValueError('v', 1)))
    try:
        await t
    except ValueError as e:
        print('caught', e.args, t.done(), t.cancelled())
    print(repr(t.exception()))
    try:
        t.result()
    except ValueError as e:
        print('result() raised', e)

    t2 = asyncio.create_task(fail(KeyError('k'), 0.01))
    await asyncio.sleep(0.1)
    print(t2.done(), type(t2.exception()).__name__)

    t3 = asyncio.create_task(fail(StopIteration('stop')))
    try:
        await t3
    except Exception as e:
        print(type(e).__name__, e)

    async def returns_none():
        pass
    t4 = asyncio.create_task(returns_none())
    print(await t4, t4.exception())

    class Custom(Exception):
        def __str__(self):
            return 'custom!'
    try:
        await fail(Custom())
    except Custom as e:
        print('direct', e)

    try:
        await asyncio.create_task(fail(SystemExit(3)))
    except SystemExit as e:
        print('SystemExit', e.code)

try:
    asyncio.run(main())
except SystemExit as e:
    print('SystemExit escaped asyncio.run:', e.code)
