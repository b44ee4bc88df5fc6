# What the default exception handler prints for exceptions nobody retrieved and for tasks left
# pending when their loop goes away (gilrun reports them when the loop closes; CPython when the
# objects are freed, which in these scripts happens at the same points of the output).
import asyncio


async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    print('main starts')
    asyncio.create_task(bad('lost in a task'))
    await asyncio.sleep(0.01)

asyncio.run(main())
print('after the first run')


async def retrieved():
    t = asyncio.create_task(bad('retrieved'))
    await asyncio.sleep(0.01)
    print('exception retrieved:', repr(t.exception()))
    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError('kept'))
    try:
        await f
    except KeyError as e:
        print('awaited:', repr(e))

asyncio.run(retrieved())
print('nothing reported for retrieved exceptions')


async def forever():
    try:
        await asyncio.sleep(10)
    finally:
        print('forever: finally block runs')

loop = asyncio.new_event_loop()
loop.create_task(forever(), name='abandoned')
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
