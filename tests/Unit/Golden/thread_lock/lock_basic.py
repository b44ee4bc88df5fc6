# _thread.lock: acquire/release/locked, the context manager, the argument errors and repr.
import _thread

lock = _thread.allocate_lock()
print(type(lock).__name__, type(lock).__module__, _thread.LockType is type(lock))
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))
print(lock.acquire(), lock.locked())
print(repr(lock).startswith("<locked _thread.lock object at 0x"))
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(_thread.error is RuntimeError)

with lock:
    print("inside", lock.locked())
print("after", lock.locked())

print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
print(lock.__enter__(), lock.__exit__(None, None, None), lock.locked())

bad_calls = [
    ((False, 1), {}),
    ((True, -2), {}),
    ((True, -0.5), {}),
    ((), {"timeout": "1"}),
    ((), {"timeout": float("nan")}),
    ((), {"blocking": 1.5}),
    ((), {"blocking": None}),
    ((1, 2, 3), {}),
    ((), {"block": True}),
    ((), {"timeout": 1e300}),
    ((), {"timeout": _thread.TIMEOUT_MAX * 2}),
]
for args, kwargs in bad_calls:
    try:
        lock.acquire(*args, **kwargs)
        print("acquired?")
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(lock.locked())

print(lock.acquire(True, -1), lock.acquire(True, 0.01), lock.acquire(blocking=True, timeout=0))
lock.release()
print(lock.acquire(timeout=True))
lock.release()

try:
    _thread.LockType()
except TypeError as e:
    print("TypeError:", e)
try:
    lock.release(1)
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.allocate_lock(1)
except TypeError as e:
    print("TypeError:", e)
print(_thread.allocate is not None, type(_thread.allocate()).__name__)
print(_thread.TIMEOUT_MAX)
