# asyncio.Runner (3.11): several coroutines on one loop, context kept between runs, closing.
import asyncio
import contextvars

var = contextvars.ContextVar('var', default=0)


async def bump(n):
    var.set(var.get() + n)
    await asyncio.sleep(0)
    return var.get()


async def remember():
    return asyncio.get_running_loop()


with asyncio.Runner() as runner:
    print(runner.run(bump(1)), runner.run(bump(10)))
    loop = runner.get_loop()
    print(runner.run(remember()) is loop, loop.is_closed())
    ctx = contextvars.copy_context()
    print(runner.run(bump(100), context=ctx), runner.run(bump(0)))
    try:
        runner.run(42)
    except ValueError as e:
        print('ValueError:', e)
print(loop.is_closed())
coro = bump(1)
try:
    runner.run(coro)
except RuntimeError as e:
    print('RuntimeError:', e)
coro.close()

runner = asyncio.Runner(debug=True)
print(runner.get_loop().get_debug())
runner.close()
runner.close()


async def leftovers():
    async def forever():
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            print('leftover task cancelled by close()')
            raise
    asyncio.create_task(forever())
    await asyncio.sleep(0)

with asyncio.Runner() as r:
    r.run(leftovers())
    print('leaving the with block')
print('closed')
