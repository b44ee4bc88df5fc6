# _thread.interrupt_main raises KeyboardInterrupt in the main thread: while it runs Python code, and
# after a blocking call it was in returns.
import _thread
import time

# From the main thread itself: raised at the next check.
try:
    _thread.interrupt_main()
    for i in range(1000000):
        pass
    print("not interrupted")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))


def interrupt_later(delay):
    time.sleep(delay)
    _thread.interrupt_main()


# interrupt_main only simulates the signal's arrival: a lock acquire or a sleep in progress is not
# cut short (a real Ctrl-C would be), and KeyboardInterrupt is raised as soon as it returns.
lock = _thread.allocate_lock()
lock.acquire()
_thread.start_new_thread(interrupt_later, (0.05,))
start = time.monotonic()
try:
    result = lock.acquire(timeout=0.4)
    print("returned", result)
except KeyboardInterrupt:
    print("timed acquire ran out, then KeyboardInterrupt", time.monotonic() - start >= 0.35)
print(lock.locked())

_thread.start_new_thread(interrupt_later, (0.05,))
start = time.monotonic()
try:
    time.sleep(0.4)
    print("slept")
except KeyboardInterrupt:
    print("sleep completed, then KeyboardInterrupt", time.monotonic() - start >= 0.35)

# Spinning in Python code.
_thread.start_new_thread(interrupt_later, (0.05,))
try:
    while True:
        pass
except KeyboardInterrupt:
    print("loop interrupted")

# A signal number whose handler is the default one is ignored; bad numbers are errors.
_thread.interrupt_main(15)
for bad in [0, -1, 100000]:
    try:
        _thread.interrupt_main(bad)
    except ValueError as e:
        print("ValueError:", e)
for call in [lambda: _thread.interrupt_main(2, 3), lambda: _thread.interrupt_main(signum=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print("end")
