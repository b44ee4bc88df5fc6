# asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and timeouts.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    def make(*specs):
        return [asyncio.create_task(job(*spec), name=spec[0]) for spec in specs]

    done, pending = await asyncio.wait(make(('a', 0.01), ('b', 0.2), ('c', 0.3)),
                                       return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED', names(done), names(pending))
    for t in pending:
        t.cancel()

    done, pending = await asyncio.wait(make(('d', 0.01), ('e', 0.02, True), ('f', 0.3)),
                                       return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION', names(done), names(pending))
    for t in done:
        if t.exception() is not None:
            print('  exception:', repr(t.exception()))
    for t in pending:
        t.cancel()

    done, pending = await asyncio.wait(make(('g', 0.01), ('h', 0.02, True)))
    print('ALL_COMPLETED', names(done), names(pending))
    print(sorted(repr(t.exception()) for t in done))

    tasks = make(('i', 0.01), ('j', 0.5))
    done, pending = await asyncio.wait(tasks, timeout=0.2)
    print('timeout', names(done), names(pending))
    pending.pop().cancel()

    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    for bad in ([], asyncio.get_running_loop().create_future()):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ':', e)
    t = make(('k', 0))
    try:
        await asyncio.wait(t, return_when='sometimes')
    except ValueError as e:
        print('ValueError:', e)
    await t[0]
    coro = job('l', 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print('TypeError:', e)
    coro.close()

asyncio.run(main())
