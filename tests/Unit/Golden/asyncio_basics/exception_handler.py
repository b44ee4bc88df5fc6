# Errors nobody awaits go to the loop's exception handler: a failing callback, and
# call_exception_handler itself. A custom handler receives the loop and a context dict.
import asyncio


def handler(loop, context):
    exc = context.get('exception')
    print('handler:', context['message'].split(' at ')[0],
          type(exc).__name__ if exc else None, sorted(context))


def boom(x):
    raise ValueError(f'boom {x}')


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(boom, 1)
    loop.call_soon(print, 'still running')
    await asyncio.sleep(0.01)
    loop.call_exception_handler({'message': 'custom message', 'extra': 5})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print('TypeError:', e)

    def bad_handler(loop, context):
        raise RuntimeError('handler failed')
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    return 'done'

print(asyncio.run(main()))
