# asyncio.run: returns the coroutine's result, rejects non-coroutines and nested runs.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


print(asyncio.run(add(2, 3)))
print(asyncio.run(add('x', 'y')))

try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError:', e)


async def nested():
    coro = add(1, 1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    finally:
        coro.close()
    return 'outer done'

print(asyncio.run(nested()))

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)


async def loops():
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed(), asyncio.get_event_loop() is loop)
    return loop

loop = asyncio.run(loops())
print(loop.is_running(), loop.is_closed())


async def fails():
    await asyncio.sleep(0)
    raise KeyError('missing')

try:
    asyncio.run(fails())
except KeyError as e:
    print('KeyError:', e)

print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(print))
c = add(1, 2)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(add))
c.close()
