# A thread blocked in acquire() proceeds once the holder releases; a lock may be released by
# another thread than the one that acquired it (a plain Lock has no owner).
import threading

lock = threading.Lock()
log = []
lock.acquire()
waiting = threading.Event()
def waiter():
    waiting.set()
    lock.acquire()
    log.append("waiter acquired")
    lock.release()

t = threading.Thread(target=waiter)
t.start()
waiting.wait()
log.append("main releasing")
lock.release()
t.join()
print(log)

# released by another thread
lock.acquire()
def releaser():
    lock.release()
t = threading.Thread(target=releaser); t.start(); t.join()
print("locked after foreign release:", lock.locked())

# a semaphore-like handoff chain through locks
locks = [threading.Lock() for _ in range(5)]
for l in locks: l.acquire()
order = []
def link(i):
    locks[i].acquire()
    order.append(i)
    if i + 1 < len(locks):
        locks[i + 1].release()
ts = [threading.Thread(target=link, args=(i,)) for i in reversed(range(5))]
for t in ts: t.start()
locks[0].release()
for t in ts: t.join()
print(order)
