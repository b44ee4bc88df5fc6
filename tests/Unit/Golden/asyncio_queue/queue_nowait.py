# The non-waiting queue API and its errors, task_done accounting and the queue's str().
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(str(q))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    q.put_nowait(1)
    q.put_nowait([2])
    print(q.full(), q.qsize(), str(q))
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print(q.get_nowait(), str(q))
    q.task_done()
    print(str(q))
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
    print(q.get_nowait(), q.empty())
    await q.join()
    print('join returns at once when nothing is unfinished')

    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    getter.cancel()
    await asyncio.gather(getter, return_exceptions=True)
    print(str(q))

    unbounded = asyncio.Queue()
    for i in range(100):
        unbounded.put_nowait(i)
    print(unbounded.full(), unbounded.qsize())

    try:
        await asyncio.wait_for(asyncio.Queue().get(), 0.01)
    except TimeoutError:
        print('get timed out')
    print(asyncio.Queue[int].__name__ if hasattr(asyncio.Queue[int], '__name__') else 'alias')

asyncio.run(main())
