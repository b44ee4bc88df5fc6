# asyncio.Barrier (3.11): parties wait until all have arrived, then go on together.
import asyncio

log = []


async def party(barrier, n):
    await asyncio.sleep(0.01 * n)
    log.append(f'arrive {n}')
    index = await barrier.wait()
    log.append(f'leave {n}')
    return index


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    indexes = await asyncio.gather(*(party(barrier, n) for n in range(3)))
    print(sorted(indexes))
    print(log[:3], sorted(log[3:]))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError:', e)
    b = asyncio.Barrier(2)
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0.01)
    print(b.n_waiting)
    await b.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', b.broken)

asyncio.run(main())
