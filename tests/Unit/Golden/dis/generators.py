def gen(n):
    for i in range(n):
        yield i
    x = yield from other()
    return x


async def co(session):
    await session.open()
    async with session as s:
        async for item in s:
            print(item)
    return [x async for x in session]
