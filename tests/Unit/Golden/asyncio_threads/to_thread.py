# to_thread runs blocking functions on worker threads while the loop keeps running; results,
# exceptions, keyword arguments and context variables cross over.
import asyncio
import contextvars
import threading
import time

request = contextvars.ContextVar('request', default='none')


def blocking(name, delay, *, scale=1):
    time.sleep(delay)
    return (name * scale, threading.current_thread() is threading.main_thread(), request.get())


def failing():
    raise OSError('disk on fire')


async def ticker(log):
    for i in range(3):
        log.append(f'tick {i}')
        await asyncio.sleep(0.01)


async def main():
    request.set('req-1')
    log = []
    result, _ = await asyncio.gather(asyncio.to_thread(blocking, 'ab', 0.1, scale=2), ticker(log))
    print(result, log)
    print(await asyncio.to_thread(blocking, 'x', 0))
    try:
        await asyncio.to_thread(failing)
    except OSError as e:
        print('OSError:', e)
    start = time.monotonic()
    results = await asyncio.gather(*(asyncio.to_thread(blocking, str(i), 0.2) for i in range(4)))
    print([r[0] for r in results], time.monotonic() - start < 0.6)
    print(threading.current_thread().name)
    names = await asyncio.gather(*(asyncio.to_thread(lambda: threading.current_thread().name) for _ in range(3)))
    print(all(n.startswith('asyncio_') for n in names))

asyncio.run(main())
