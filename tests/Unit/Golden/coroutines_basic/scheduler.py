# A tiny round-robin scheduler: several coroutines interleave through a types.coroutine yield.
import types


@types.coroutine
def switch(label):
    yield label


async def worker(name, steps):
    total = 0
    for i in range(steps):
        await switch(f"{name}:{i}")
        total += i
    return f"{name} total {total}"


async def boss():
    r = await worker("inner", 2)
    await switch("boss-after-inner")
    return r.upper()


def run(coros):
    queue = list(coros)
    results = []
    while queue:
        c = queue.pop(0)
        try:
            label = c.send(None)
        except StopIteration as e:
            results.append(e.value)
            continue
        print("switch", label)
        queue.append(c)
    return results


for line in run([worker("a", 3), worker("b", 1), boss()]):
    print(line)
