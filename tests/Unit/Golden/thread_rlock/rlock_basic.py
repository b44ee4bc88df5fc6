# _thread.RLock: reentrancy, ownership, the helpers threading.Condition uses, and its repr.
import _thread
import re

me = _thread.get_ident()


def show(r):
    # The owner is a thread id and the address varies: print the rest of the repr.
    text = re.sub(r" at 0x[0-9a-f]+", "", repr(r))
    return text.replace("owner=%d " % me, "owner=ME ")


r = _thread.RLock()
print(type(r).__name__, type(r).__module__)
print(show(r))
print(r._is_owned())
print(r.acquire(), r.acquire(), r.acquire(blocking=False), r.acquire(timeout=0.5))
print(show(r), r._is_owned())
r.release()
print(show(r))
state = r._release_save()
print(state == (3, me), show(r), r._is_owned())
try:
    r._release_save()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(r._acquire_restore(state), show(r))
for _ in range(3):
    r.release()
print(show(r))

with r:
    with r:
        print("nested", show(r))
print(show(r))

for bad in [5, (1,), "ab"]:
    try:
        r._acquire_restore(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    r._acquire_restore()
except TypeError as e:
    print("TypeError:", e)
try:
    r.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    r.release(1)
except TypeError as e:
    print("TypeError:", e)
print(show(_thread.RLock(1, 2, x=3)))

# Another thread cannot release it, and waits for it with a timeout.
r.acquire()
results = []
done = _thread.allocate_lock()
done.acquire()


def other():
    try:
        r.release()
    except RuntimeError as e:
        results.append("RuntimeError: %s" % e)
    results.append(r._is_owned())
    results.append(r.acquire(timeout=0.05))
    results.append(r.acquire(blocking=False))
    done.release()


_thread.start_new_thread(other, ())
done.acquire()
print(results)
r.release()
print(show(r))

# Handed over: the other thread gets it once the main thread releases.
r.acquire()
r.acquire()
got = []


def taker():
    got.append(r.acquire())
    got.append(r._is_owned())
    r.release()
    done.release()


_thread.start_new_thread(taker, ())
r.release()
r.release()
done.acquire()
print(got, show(r))
