# A failing task cancels its siblings and the block; errors come out as an ExceptionGroup.
import asyncio

log = []


async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def slow(name):
    try:
        await asyncio.sleep(1)
        log.append(f'{name} finished')
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow('s1'))
            tg.create_task(fail('boom', 0.01))
            tg.create_task(slow('s2'))
            await asyncio.sleep(1)
            log.append('body not finished')
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])
    print(sorted(log))

    gate = asyncio.Event()

    async def fail_together(msg):
        await gate.wait()
        raise ValueError(msg)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_together('a'))
            tg.create_task(fail_together('b'))
            await asyncio.sleep(0)
            gate.set()
    except* ValueError as eg:
        print('except* caught', sorted(str(e) for e in eg.exceptions))

    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow('s3'))
            raise KeyError('from body')
    except ExceptionGroup as eg:
        print('body error:', [repr(e) for e in eg.exceptions], log)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail('task', 0))
            await asyncio.sleep(0.01)
    except* ValueError as eg:
        print('nested:', [str(e) for e in eg.exceptions])

    async def raises_exit():
        raise SystemExit(2)
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow('s4'))
            tg.create_task(raises_exit())
    except SystemExit as e:
        print('SystemExit passes through unwrapped:', e.code, log)

asyncio.run(main())
