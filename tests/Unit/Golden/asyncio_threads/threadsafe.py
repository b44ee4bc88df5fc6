# run_coroutine_threadsafe: another thread submits coroutines to a loop running in the main
# thread and waits on concurrent.futures results.
import asyncio
import threading


async def double(x):
    await asyncio.sleep(0.01)
    return x * 2


async def explode():
    await asyncio.sleep(0)
    raise ValueError('from coroutine')


def client(loop, out):
    out.append(asyncio.run_coroutine_threadsafe(double(21), loop).result(timeout=5))
    try:
        asyncio.run_coroutine_threadsafe(explode(), loop).result(timeout=5)
    except ValueError as e:
        out.append(f'ValueError: {e}')
    futs = [asyncio.run_coroutine_threadsafe(double(i), loop) for i in range(5)]
    out.append([f.result(timeout=5) for f in futs])
    loop.call_soon_threadsafe(loop.stop)


loop = asyncio.new_event_loop()
out = []
t = threading.Thread(target=client, args=(loop, out))
t.start()
loop.run_forever()
t.join()
print(out)
try:
    asyncio.run_coroutine_threadsafe(42, loop)
except TypeError as e:
    print('TypeError:', e)
loop.close()


def loop_in_thread(results):
    results.append(asyncio.run(double(50)))

results = []
threads = [threading.Thread(target=loop_in_thread, args=(results,)) for _ in range(3)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(results)
