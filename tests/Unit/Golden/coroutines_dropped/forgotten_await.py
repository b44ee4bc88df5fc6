# A coroutine called as a statement (the classic forgotten `await`) is dropped as it is made:
# the "never awaited" warning comes at once, at that line, before what the script prints next.
import asyncio
import gc
import warnings


async def fetch(n):
    await asyncio.sleep(0)
    return n * 2


class Client:
    async def get(self, key):
        return key


def sync_caller():
    fetch(1)
    print("after fetch(1) in a function")


print("start")
fetch(0)
print("after fetch(0) at module level")
sync_caller()
Client().get("k")
print("after a method call")


async def main():
    fetch(3)                      # forgot await
    print("main goes on")
    value = await fetch(4)        # awaited: no warning
    print("awaited:", value)
    kept = fetch(5)               # kept in a variable: nothing until it is dropped
    print("kept:", type(kept).__name__)
    await kept
    print("then awaited")

asyncio.run(main())

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fetch(6)
    print("recorded:", [str(w.message) for w in caught], [w.category.__name__ for w in caught])

c = fetch(8)
print("assigned, no warning yet")
del c; gc.collect()
print("end")
