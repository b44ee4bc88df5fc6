# A Lock makes a read-modify-write sequence atomic across 8 threads; the total is exact.
import threading

counter = {"n": 0}
lock = threading.Lock()

def add(times):
    for _ in range(times):
        with lock:
            v = counter["n"]
            counter["n"] = v + 1

ts = [threading.Thread(target=add, args=(5000,)) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(counter["n"])

# explicit acquire/release in a loop, mixed with non-blocking attempts
hits = [0]
misses = [0]
def try_add():
    for _ in range(2000):
        if lock.acquire(False):
            hits[0] += 1
            lock.release()
        else:
            lock.acquire()
            misses[0] += 1
            lock.release()
ts = [threading.Thread(target=try_add) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(hits[0] + misses[0])
