# _thread._count, _thread.stack_size and _thread._set_sentinel (the lock threading's join waits on).
import _thread
import time

print(_thread._count())
go = _thread.allocate_lock()
go.acquire()
started = _thread.allocate_lock()
started.acquire()
sentinels = []


def worker():
    sentinel = _thread._set_sentinel()
    print("fresh sentinel locked:", sentinel.locked())
    sentinel.acquire()  # as threading does: released when this thread's state is deleted
    sentinels.append(sentinel)
    started.release()
    go.acquire()
    go.release()


for _ in range(3):
    _thread.start_new_thread(worker, ())
    started.acquire()
print("running:", _thread._count())
print([s.locked() for s in sentinels], type(sentinels[0]).__name__)
go.release()
for s in sentinels:
    s.acquire()
    s.release()
print("after:", _thread._count(), [s.locked() for s in sentinels])

mine = _thread._set_sentinel()
print(mine.locked(), mine is not _thread._set_sentinel())

print(_thread.stack_size())
print(_thread.stack_size(1 << 20), _thread.stack_size(), _thread.stack_size(0), _thread.stack_size())
for bad in [1, 32767, -1]:
    try:
        _thread.stack_size(bad)
    except ValueError as e:
        print("ValueError:", e)
for call in [lambda: _thread.stack_size("a"), lambda: _thread.stack_size(1, 2), lambda: _thread.stack_size(size=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(_thread.stack_size(32768), _thread.stack_size(0))

# A thread started with a non-default stack size runs normally, recursion included.
_thread.stack_size(4 << 20)
out = []


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


def run():
    out.append(deep(200))
    started.release()


_thread.start_new_thread(run, ())
started.acquire()
print(out, _thread.stack_size(0))
