# A Condition over an RLock held recursively: wait() releases every level, and restores them.
import threading

r = threading.RLock()
cond = threading.Condition(r)
log = []
flag = []

def other():
    with cond:       # possible only because the waiter released both levels
        log.append("other got the lock")
        flag.append(1)
        cond.notify()

with r:
    with r:
        t = threading.Thread(target=other)
        t.start()
        cond.wait_for(lambda: flag)
        log.append("waiter back, owned: %s" % r._is_owned())
    log.append("one level released, owned: %s" % r._is_owned())
log.append("all released, owned: %s" % r._is_owned())
t.join()
for line in log:
    print(line)

# a Condition over a plain Lock
lock = threading.Lock()
c2 = threading.Condition(lock)
with c2:
    print("plain lock held:", lock.locked(), c2.wait(0.001), lock.locked())
print("plain lock after:", lock.locked())
print(c2.acquire(), lock.locked()); c2.release()
print(repr(c2).startswith("<Condition(<unlocked _thread.lock object"), repr(c2).endswith(", 0)>"))
