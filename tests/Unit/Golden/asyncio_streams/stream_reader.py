# StreamReader fed by hand: read, readline, readuntil, readexactly and their errors at EOF and
# at the limit; async iteration over lines.
import asyncio


async def main():
    r = asyncio.StreamReader()
    r.feed_data(b'line one\nline two\npartial')
    r.feed_eof()
    print(await r.readline(), await r.readuntil(b'two'), await r.read(3), await r.read())
    print(await r.read(), await r.readline(), r.at_eof())

    r = asyncio.StreamReader()
    r.feed_data(b'12345')
    r.feed_eof()
    try:
        await r.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError:', e, e.partial, e.expected)
    r = asyncio.StreamReader()
    r.feed_data(b'abc')
    r.feed_eof()
    try:
        await r.readuntil(b'!')
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError:', e, e.partial, e.expected)

    r = asyncio.StreamReader(limit=4)
    r.feed_data(b'too long line\nok\n')
    try:
        await r.readline()
    except ValueError as e:
        print('ValueError:', e)
    print(await r.readline())
    r = asyncio.StreamReader(limit=4)
    r.feed_data(b'abcdefgh')
    try:
        await r.readuntil(b'\n')
    except asyncio.LimitOverrunError as e:
        print('LimitOverrunError:', e, e.consumed)
    for bad in (lambda: r.readuntil(b''), lambda: r.readexactly(-1)):
        try:
            await bad()
        except ValueError as e:
            print('ValueError:', e)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print('ValueError:', e)

    r = asyncio.StreamReader()

    async def feeder():
        for chunk in (b'al', b'pha\nbe', b'ta\n', b'gamma'):
            await asyncio.sleep(0.01)
            r.feed_data(chunk)
        r.feed_eof()
    asyncio.create_task(feeder())
    print([line async for line in r])

    r = asyncio.StreamReader()
    r.set_exception(ConnectionResetError('peer reset'))
    try:
        await r.read(1)
    except ConnectionResetError as e:
        print('ConnectionResetError:', e, r.exception() is not None)

    r = asyncio.StreamReader()
    t = asyncio.create_task(r.read(1))
    await asyncio.sleep(0)
    try:
        await r.read(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    r.feed_data(b'x')
    print(await t)

asyncio.run(main())
