# A coroutine dropped while suspended inside try/finally or async with: close() runs its cleanup.
import gc
import types


def start(coro):
    # driven from a function, so no reference outlives the call in the caller's frame
    coro.send(None)


@types.coroutine
def pause():
    yield


class Manager:
    async def __aenter__(self):
        print("aenter")

    async def __aexit__(self, typ, val, tb):
        print("aexit", typ.__name__)


async def job(name):
    try:
        async with Manager():
            await pause()
    finally:
        print("job finally", name)


c = job("one")
start(c)
del c; gc.collect()
print("after one")


async def waiter():
    try:
        await job("inner")
    finally:
        print("waiter finally")


c = waiter()
start(c)
del c; gc.collect()
print("end")
