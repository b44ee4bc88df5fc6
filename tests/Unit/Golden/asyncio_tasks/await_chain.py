# Coroutines awaiting coroutines: values and exceptions travel up the await chain; a task
# awaiting itself or a plain yield are errors reported to the task.
import asyncio


async def leaf(n):
    await asyncio.sleep(0)
    if n < 0:
        raise ValueError(f'negative: {n}')
    return n * 10


async def middle(n):
    try:
        return await leaf(n) + 1
    except ValueError as e:
        return f'middle caught {e}'


async def top():
    results = []
    for n in (1, 2, -3):
        results.append(await middle(n))
    return results


async def self_await():
    await asyncio.sleep(0)
    await me


async def main():
    global me
    print(await top())
    me = asyncio.create_task(self_await())
    try:
        await me
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(':')[0])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'from callback')
    print(await fut)
    print(await asyncio.wait_for(top(), 1))

asyncio.run(main())
