# threading.Lock: acquire/release/locked, non-blocking and timed acquire, context manager, errors.
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False))
print(lock.acquire(blocking=False))
print(lock.acquire(timeout=0.01))
print(lock.acquire(True, 0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())

for args, kw in [((False, 1), {}), ((), {"timeout": -2}), ((), {"blocking": False, "timeout": 0.5})]:
    try:
        lock.acquire(*args, **kw)
    except ValueError as e:
        print("ValueError:", e)
print(lock.locked())
print(threading.Lock is threading._allocate_lock if hasattr(threading, "_allocate_lock") else True)
print(threading.TIMEOUT_MAX > 1e6)

# the exception in a with block still releases
try:
    with lock:
        raise KeyError("x")
except KeyError:
    pass
print("released after exception:", not lock.locked())
