# Each task runs in a copy of the context current when it was created: its changes stay inside,
# and callbacks run in the context they were scheduled with.
import asyncio
import contextvars

user = contextvars.ContextVar('user', default='anonymous')
depth = contextvars.ContextVar('depth')


async def handler(name, delay):
    user.set(name)
    await asyncio.sleep(delay)
    return f'{name} sees {user.get()}'


async def inherit():
    return user.get()


async def main():
    print(user.get())
    print(await asyncio.gather(handler('alice', 0.02), handler('bob', 0.01)))
    print('main still sees', user.get())
    user.set('root')
    print(await asyncio.create_task(inherit()))
    t = asyncio.create_task(inherit())
    user.set('changed after create_task')
    print(await t)
    await handler('direct await', 0)
    print('after direct await:', user.get())

    ctx = contextvars.copy_context()
    ctx.run(user.set, 'custom context')
    print(await asyncio.create_task(inherit(), context=ctx))

    loop = asyncio.get_running_loop()
    seen = []
    loop.call_soon(lambda: seen.append(user.get()), context=ctx)
    loop.call_soon(lambda: seen.append(user.get()))
    await asyncio.sleep(0)
    print(seen)

    async def recurse(n):
        depth.set(n)
        if n < 3:
            await asyncio.create_task(recurse(n + 1))
        return depth.get()
    print(await recurse(0), depth.get('unset in main'))

    async def modify_then_check():
        token = user.set('temp')
        await asyncio.sleep(0)
        user.reset(token)
        return user.get()
    print(await asyncio.create_task(modify_then_check()))

user.set('before run')
asyncio.run(main())
print('after run:', user.get())
