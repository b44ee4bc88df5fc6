# Task names ("Task-N" from a process-wide counter), set_name, get_coro, current_task, all_tasks.
import asyncio


async def child(n):
    await asyncio.sleep(0.01 * n)
    return asyncio.current_task().get_name()


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me.get_coro().__name__, me.done())
    t1 = asyncio.create_task(child(1))
    t2 = asyncio.create_task(child(2), name='second')
    t3 = asyncio.ensure_future(child(3))
    t4 = asyncio.create_task(child(1), name=1234)
    print([t.get_name() for t in (t1, t2, t3, t4)])
    t1.set_name(('renamed', 1))
    print(t1.get_name())
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(t1 in asyncio.all_tasks(), me in asyncio.all_tasks())
    print(await asyncio.gather(t1, t2, t3, t4))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() is me)
    print(asyncio.current_task(asyncio.get_running_loop()) is me)

asyncio.run(main())
asyncio.run(main())

loop = asyncio.new_event_loop()
print(asyncio.current_task(loop), asyncio.all_tasks(loop))
t = loop.create_task(child(0), name='by-loop')
print(len(asyncio.all_tasks(loop)))
print(loop.run_until_complete(t))
loop.close()
