# The idle loop blocks without holding the GIL: other threads run meanwhile, and
# call_soon_threadsafe wakes it even when no timer is pending.
import asyncio
import threading
import time


def later(loop, fut, value, delay):
    time.sleep(delay)
    loop.call_soon_threadsafe(fut.set_result, value)


def count_up(state, stop):
    while not stop.is_set():
        state['n'] += 1


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    threading.Thread(target=later, args=(loop, fut, 'woken', 0.05)).start()
    print(await fut)

    futs = [loop.create_future() for _ in range(5)]
    for i, f in enumerate(futs):
        threading.Thread(target=later, args=(loop, f, i, 0.01 * (5 - i))).start()
    print(await asyncio.gather(*futs))

    state = {'n': 0}
    stop = threading.Event()
    worker = threading.Thread(target=count_up, args=(state, stop))
    worker.start()
    ticks = 0
    for _ in range(5):
        await asyncio.sleep(0.01)
        ticks += 1
    stop.set()
    worker.join()
    print('loop ticked', ticks, 'times while the thread counted:', state['n'] > 0)

    done = threading.Event()

    def blocking_wait():
        done.wait()
        return 'released'
    waiting = asyncio.create_task(asyncio.to_thread(blocking_wait))
    await asyncio.sleep(0.02)
    print('thread still blocked:', not waiting.done())
    loop.call_later(0.01, done.set)
    print(await waiting)

asyncio.run(main())
