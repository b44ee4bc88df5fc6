# Future: states, results, exceptions, callbacks (run through the loop, in order), reprs.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

f = loop.create_future()
print(f, f.done(), f.cancelled())
for meth in (f.result, f.exception):
    try:
        meth()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)

calls = []
def cb(name):
    return lambda fut: calls.append((name, fut.result()))

a, b = cb('a'), cb('b')
f.add_done_callback(a)
f.add_done_callback(b)
f.add_done_callback(a)
print(f.remove_done_callback(a), f.remove_done_callback(a))
f.set_result([1, 2, 3])
print(calls, f)
loop.run_until_complete(asyncio.sleep(0))
print(calls)
try:
    f.set_result(0)
except asyncio.InvalidStateError as e:
    print('InvalidStateError:', e)

g = asyncio.Future()
g.set_exception(ValueError('bad'))
print(g, g.exception())
try:
    g.result()
except ValueError as e:
    print('ValueError:', e)

h = asyncio.Future()
h.set_exception(KeyError)
print(repr(h.exception()))
try:
    asyncio.Future().set_exception(StopIteration())
except TypeError as e:
    print('TypeError:', e)

c = loop.create_future()
print(c.cancel('stop it'), c.cancel(), c.cancelled(), c.done(), c)
try:
    c.result()
except asyncio.CancelledError as e:
    print('CancelledError:', e.args)

late = loop.create_future()
late.set_result(7)
late.add_done_callback(lambda fut: calls.append(('late', fut.result())))
print(calls[-1])
loop.run_until_complete(asyncio.sleep(0))
print(calls[-1])


async def waiter(fut):
    return await fut + 1

w = loop.create_future()
loop.call_later(0.01, w.set_result, 41)
print(loop.run_until_complete(waiter(w)))
print(loop.run_until_complete(w))
print(asyncio.isfuture(w), asyncio.isfuture(42), w.get_loop() is loop)
print(list(iter(loop.create_future()).__class__.__mro__)[0].__name__ in ('generator', 'FutureIter'))
print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.InvalidStateError, Exception))
loop.close()
