async def ticker(n):
    for i in range(n):
        await sleep(i)
        got = yield i
    try:
        yield n
    finally:
        await cleanup()


async def nested(groups):
    return [[x async for x in g] for g in groups]


async def mixed(src):
    return {k: [await fetch(v) for v in vs] async for k, vs in src}
