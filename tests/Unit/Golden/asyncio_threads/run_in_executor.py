# loop.run_in_executor with the default pool and with a pool of our own; the idle loop is woken
# by worker threads finishing and by call_soon_threadsafe from a plain thread.
import asyncio
import concurrent.futures
import threading
import time


def square(x):
    time.sleep(0.02)
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, square, 7))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futs = [loop.run_in_executor(pool, square, i) for i in range(5)]
        print(type(futs[0]).__name__, await asyncio.gather(*futs))

    got = loop.create_future()

    def from_thread():
        time.sleep(0.05)
        loop.call_soon_threadsafe(got.set_result, 'hello from ' + threading.current_thread().name)
    threading.Thread(target=from_thread, name='helper').start()
    print(await asyncio.wait_for(got, 5))

    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    threading.Timer(0.02, cf.set_result, args=('wrapped',)).start()
    print(await wrapped)

    def fails():
        raise ArithmeticError('in worker')
    try:
        await loop.run_in_executor(None, fails)
    except ArithmeticError as e:
        print('ArithmeticError:', e)

    slow = loop.run_in_executor(None, time.sleep, 0.05)
    slow.cancel()
    try:
        await slow
    except asyncio.CancelledError:
        print('cancelled the asyncio side')

asyncio.run(main())
print('executor shut down after asyncio.run')
