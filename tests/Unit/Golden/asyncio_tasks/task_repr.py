# Task and Future reprs as a task goes through its states (the coroutine's file and line show).
import asyncio


async def sleeper():
    await asyncio.sleep(10)


async def value():
    return [1, 2, 3]


async def error():
    raise ValueError('bad value')


async def echo(x):
    return x


async def main():
    fut = asyncio.get_running_loop().create_future()
    print(fut)
    t = asyncio.create_task(sleeper(), name='sleepy')
    print(t)
    await asyncio.sleep(0)
    print(t)
    t.cancel()
    print(t)
    await asyncio.sleep(0)
    print(t)
    v = asyncio.create_task(value(), name='value')
    await v
    print(v)
    e = asyncio.create_task(error(), name='error')
    await asyncio.sleep(0)
    print(e)
    print(repr(e.exception()))
    long = asyncio.create_task(echo('x' * 100), name='long')
    await long
    print(long)

asyncio.run(main())
