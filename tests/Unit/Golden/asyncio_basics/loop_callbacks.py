# The event loop's callbacks: call_soon runs in FIFO order, call_later / call_at by time,
# cancelled handles never run, stop() ends run_forever after the current iteration.
import asyncio

loop = asyncio.new_event_loop()
order = []

loop.call_later(0.25, order.append, 'later 0.25')
loop.call_later(0.05, order.append, 'later 0.05')
loop.call_at(loop.time() + 0.15, order.append, 'at +0.15')
for i in range(3):
    loop.call_soon(order.append, f'soon {i}')
h = loop.call_soon(order.append, 'cancelled soon')
t = loop.call_later(0.1, order.append, 'cancelled later')
h.cancel()
t.cancel()
print(h.cancelled(), t.cancelled())
loop.call_later(0.35, loop.stop)
loop.run_forever()
print(order)


def chain(n):
    order.append(('chain', n))
    if n < 3:
        loop.call_soon(chain, n + 1)
    else:
        loop.stop()

order.clear()
loop.call_soon(chain, 0)
loop.call_soon(order.append, 'between')
loop.run_forever()
print(order)

th = loop.call_later(10, print)
print(type(th).__name__, th.when() > loop.time())
th.cancel()

print(loop.is_running(), loop.is_closed())
loop.close()
loop.close()
print(loop.is_closed())
for action in (lambda: loop.call_soon(print), lambda: loop.run_forever(),
               lambda: loop.create_future() and loop.run_until_complete(loop.create_future())):
    try:
        action()
    except RuntimeError as e:
        print('RuntimeError:', e)

loop = asyncio.new_event_loop()
loop.set_debug(True)
print(loop.get_debug())
try:
    loop.call_soon(42)
except TypeError as e:
    print('TypeError:', e)
loop.close()
